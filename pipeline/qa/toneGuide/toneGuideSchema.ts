/** JSON Schema of a tone guide's machine-checkable YAML block. */

const pattern = {
  type: 'object',
  required: ['pattern'],
  additionalProperties: false,
  properties: { pattern: { type: 'string', minLength: 1 }, message: { type: 'string' }, hint: { type: 'string' } },
} as const;

export const toneGuideSchema = {
  type: 'object',
  required: ['register'],
  additionalProperties: false,
  properties: {
    register: { enum: ['formal', 'informal', 'default'] },
    registerMarkers: { type: 'array', items: pattern },
    plainFormEndings: { type: 'boolean' },
    forbiddenPhrases: {
      type: 'array',
      items: { ...pattern, properties: { ...pattern.properties, useInstead: { type: 'string' } } },
    },
    preferredPhrases: {
      type: 'array',
      items: { ...pattern, required: ['pattern', 'prefer'], properties: { ...pattern.properties, prefer: { type: 'string', minLength: 1 } } },
    },
    maxSentenceLength: { type: 'integer', minimum: 0 },
    sameAsSource: { type: 'array', items: { type: 'string', minLength: 1 } },
    exclamationMarks: { enum: ['never', 'source', 'allowed'] },
    punctuation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        spaceBefore: { type: 'string' },
        fullWidth: { type: 'boolean' },
        quotes: { type: 'string', minLength: 2, maxLength: 2 },
      },
    },
  },
} as const;

/** What each key holds, for error hints. */
export const toneGuideHints: Record<string, string> = {
  register: 'formal, informal or default (as the locale in kb.config.ts)',
  registerMarkers: 'a list of { pattern, message, hint }: words of the wrong register',
  plainFormEndings: 'true or false (Japanese: flag だ/である endings)',
  forbiddenPhrases: 'a list of { pattern, useInstead }',
  preferredPhrases: 'a list of { pattern, prefer }',
  maxSentenceLength: 'a whole number of words (characters for ja, zh-cn); 0 for no limit',
  exclamationMarks: 'never, source (no more than the source has) or allowed',
  punctuation: 'spaceBefore: ";:!?", fullWidth: true, quotes: "„“"',
  spaceBefore: 'the marks that need a space before them, as one string: ";:!?"',
  fullWidth: 'true or false',
  quotes: 'the opening and closing mark, as one string: "„“"',
  sameAsSource: 'a list of texts a translation may keep as in the source',
  pattern: 'a regular expression, matched case-insensitively',
  prefer: 'the wording to use instead',
};
