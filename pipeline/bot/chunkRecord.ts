/** Translation state of a chunk's text, as a bot should weigh it (see feedState.ts for how a page gets one). */
export const feedStates = ['approved', 'reviewed', 'translated', 'machine', 'outdated', 'fallback'] as const;
export type FeedState = (typeof feedStates)[number];

/** One line of `dist/bot-index/<locale>.jsonl`. Field names are the feed's public contract. */
export interface ChunkRecord {
  /** `{locale}:{article}#{anchor}:{part}` — stable across builds while the heading stays. */
  id: string;
  article_id: string;
  locale: string;
  /** Language the text is in: the source locale for a fallback copy and for a section shown all in the source language. */
  content_locale: string;
  state: FeedState;
  /** The page in this locale, with the heading's anchor. */
  url: string;
  title: string;
  heading_path: string[];
  type: string;
  category: string;
  tags: string[];
  text: string;
  token_count: number;
  /** sha256 (hex) of `text`: re-embed only when it changes. */
  source_hash: string;
  updated: string;
}

/** JSON Schema (draft 2020-12 subset Ajv checks) of a ChunkRecord; shipped as dist/bot-index/chunk.schema.json. */
export const chunkRecordSchema = {
  $id: 'https://help.lumo.example/bot-index/chunk.schema.json',
  title: 'Polyglot KB bot feed chunk',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'article_id', 'locale', 'content_locale', 'state', 'url', 'title', 'heading_path', 'type', 'category', 'tags', 'text', 'token_count', 'source_hash', 'updated'],
  properties: {
    id: { type: 'string', pattern: '^[a-z]{2,3}(-[a-z0-9]{2,8})*:[a-z0-9-]+/[a-z0-9-]+#[^:#\\s]*:\\d+$' },
    article_id: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
    locale: { type: 'string', minLength: 2 },
    content_locale: { type: 'string', minLength: 2 },
    state: {
      enum: [...feedStates],
      description:
        'approved: the source, or a translation whose shown sentences are all approved; reviewed / translated: the weakest state of the shown translated sentences; ' +
        'machine: an unreviewed machine translation is shown; outdated: some source sentences changed since translation and are shown in the source language; ' +
        'fallback: the source text shown in another locale (not translated yet, or published in the source language only). Sentences with no usable translation show the source and do not lower the state.',
    },
    url: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    heading_path: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 2 },
    type: { type: 'string', minLength: 1 },
    category: { type: 'string', minLength: 1 },
    tags: { type: 'array', items: { type: 'string' } },
    text: { type: 'string', minLength: 1 },
    token_count: { type: 'integer', minimum: 1 },
    source_hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    updated: { type: 'string', format: 'date' },
  },
} as const;
