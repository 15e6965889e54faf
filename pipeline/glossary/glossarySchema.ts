/** JSON Schema of `glossary/terms.yaml`: the contract hand edits and `kb glossary import` keep. */
import { termStatuses } from './types.ts';

const text = { type: 'string', minLength: 1 } as const;
const status = { enum: [...termStatuses] } as const;

/** A translation: a bare term (preferred) or a term with its own status and note. */
const translation = {
  anyOf: [
    text,
    {
      type: 'object',
      required: ['term'],
      additionalProperties: false,
      properties: { term: text, status, note: text },
    },
  ],
} as const;

export const glossarySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    doNotTranslate: { type: 'array', items: text },
    terms: {
      type: 'array',
      items: {
        type: 'object',
        required: ['term', 'pos'],
        additionalProperties: false,
        properties: {
          term: text,
          pos: { enum: ['noun', 'verb', 'adjective', 'adverb', 'phrase', 'proper noun'] },
          status,
          useInstead: text,
          note: text,
          caseSensitive: { type: 'boolean' },
          translations: {
            type: 'object',
            propertyNames: { pattern: '^[a-z]{2,3}(-[a-z0-9]{2,8})*$' },
            additionalProperties: { type: 'array', minItems: 1, items: translation },
          },
        },
      },
    },
  },
} as const;

/** Hints per field, shown with a problem in that field. */
export const glossaryHints: Record<string, string> = {
  term: 'each entry starts with "- term: <English term>"',
  pos: 'part of speech: noun, verb, adjective, adverb, phrase or proper noun',
  status: `one of ${termStatuses.join(', ')}`,
  caseSensitive: 'true or false',
  translations: 'a mapping of locale code to a list of terms, e.g. "de: [Passwort]"',
  doNotTranslate: 'a list of terms, one "- Term" per line',
};
