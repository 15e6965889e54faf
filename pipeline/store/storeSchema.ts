/** JSON Schemas of store and memory files: the contract hand edits and tools must keep. */
import { transitionActions, translationStates } from './storeTypes.ts';

const text = { type: 'string', minLength: 1 } as const;

/** Fields an article's store entry and a memory unit share. */
const translationFields = {
  hash: { type: 'string', pattern: '^[0-9a-f]{16}$' },
  source: text,
  target: text,
  state: { enum: [...translationStates] },
  origin: { type: 'string', pattern: '^(tm-context|tm-exact|tm-fuzzy|human|mt:[a-z0-9][a-z0-9-]*|import:[a-z0-9][a-z0-9-]*)$' },
  score: { type: 'integer', minimum: 1, maximum: 101 },
  by: text,
  at: { type: 'string', format: 'date-time', pattern: 'Z$' },
} as const;

const articleId = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const localeCode = { type: 'string', pattern: '^[a-z]{2,3}(-[a-z0-9]{2,8})*$' } as const;
const segmentKey = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' } as const;

export const storeFileSchema = {
  type: 'object',
  required: ['article', 'locale', 'segments'],
  additionalProperties: false,
  properties: {
    article: articleId,
    locale: localeCode,
    segments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'hash', 'source', 'state'],
        additionalProperties: false,
        properties: {
          key: segmentKey,
          ...translationFields,
          outdated: { const: true },
          currentSource: text,
          numbersRepaired: { const: true },
          history: {
            type: 'array',
            items: {
              type: 'object',
              required: ['action', 'state', 'by', 'at'],
              additionalProperties: false,
              properties: { action: { enum: [...transitionActions] }, state: translationFields.state, by: text, at: translationFields.at },
            },
          },
        },
      },
    },
  },
} as const;

export const memoryFileSchema = {
  type: 'object',
  required: ['locale', 'units'],
  additionalProperties: false,
  properties: {
    locale: localeCode,
    units: {
      type: 'array',
      items: {
        type: 'object',
        required: ['hash', 'source', 'target', 'state'],
        additionalProperties: false,
        properties: { article: articleId, key: segmentKey, ...translationFields },
      },
    },
  },
} as const;

/** What to do about a bad value of each field, as the reader of a diagnostic needs it. */
export const storeFieldHints: Record<string, string> = {
  article: 'the article id <category>/<slug>, matching the file path',
  locale: 'the locale code of the folder the file is in',
  segments: 'a list of entries, one per segment, each starting with "- key:"',
  units: 'a list of units, each starting with "- hash:"',
  key: 'the segment position key written by kb, such as b3.s0 or title',
  hash: '16 lower-case hex digits written by kb; do not edit it',
  source: 'the source text the target was made from; do not edit it, edit target',
  target: 'the translation, as one line of text; keep the {n} placeholders of the source',
  state: 'one of new, fuzzy, machine, translated, reviewed, approved',
  origin: 'one of tm-context, tm-exact, tm-fuzzy, human, mt:<provider>, import:<format>',
  score: 'a whole number: 101 context match, 100 exact match, 1–99 fuzzy match',
  by: 'the person (e-mail) or tool that set the target',
  at: 'a UTC timestamp such as 2026-11-20T10:12:00Z',
  outdated: 'true, or remove the line; kb sets it when the source sentence changed',
  currentSource: 'the article sentence as it reads now; kb writes it next to outdated: true',
  history: 'a list of { action, state, by, at } steps, oldest first, written by kb; leave it as it is',
  action: `one of ${transitionActions.join(', ')}`,
  numbersRepaired: 'true, or remove the line once checked; kb sets it when a match differed only in numbers and took them from the new source',
};
