/** JSON Schema of an article's frontmatter: the contract writers follow (see README). */

export const articleTypes = ['faq', 'troubleshooting', 'guide', 'notice'] as const;
export type ArticleType = (typeof articleTypes)[number];

export const audiences = ['end-user', 'developer'] as const;
export type Audience = (typeof audiences)[number];

export const descriptionMaxLength = 160;

/** Frontmatter after validation and defaults. */
export interface Frontmatter {
  title: string;
  description: string;
  type: ArticleType;
  category: string;
  tags: string[];
  /** YYYY-MM-DD */
  updated: string;
  audience: Audience;
  related: string[];
  draft: boolean;
  translate: boolean;
}

export const frontmatterSchema = {
  type: 'object',
  required: ['title', 'description', 'type', 'category', 'updated'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 120 },
    description: { type: 'string', minLength: 1, maxLength: descriptionMaxLength },
    type: { enum: [...articleTypes] },
    category: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    tags: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    updated: { type: 'string', format: 'date' },
    audience: { enum: [...audiences] },
    related: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' }, uniqueItems: true },
    draft: { type: 'boolean' },
    translate: { type: 'boolean' },
  },
} as const;

/**
 * A translated article's frontmatter (a team's export aligned with `kb align`): only title and
 * description are translated and required; the other keys belong to the source article, so they
 * may be left out, but what is there must still be well-formed.
 */
export const translationFrontmatterSchema = { ...frontmatterSchema, required: ['title', 'description'] } as const;

/** What to tell a writer for each schema keyword that fails. */
export const frontmatterHints: Record<string, string> = {
  title: 'a short plain-text title, such as "Turn on two-step verification"',
  description: `one sentence of at most ${descriptionMaxLength} characters; move detail into the body`,
  type: `one of ${articleTypes.join(', ')}`,
  category: 'the name of the folder the article is in',
  tags: 'a list of strings, such as [calls, network]',
  updated: 'a date written YYYY-MM-DD, such as 2026-11-02',
  audience: `one of ${audiences.join(', ')} (default end-user)`,
  related: 'a list of article ids <category>/<slug>, such as [account/reset-password]',
  draft: 'true or false',
  translate: 'true or false',
};
