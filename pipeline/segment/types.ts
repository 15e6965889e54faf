/** Shared shapes of the segmentation stage: what translators, the TM and the store see. */

/**
 * Inline markup a translator must not touch, numbered per segment (as XLIFF `ph` / `pc`).
 * In segment text a standalone placeholder reads `{n}` and a paired one wraps text as `{n}…{/n}`;
 * literal braces in prose are doubled (`{{`, `}}`).
 */
export interface Placeholder {
  id: number;
  /** `standalone` = `{n}`, `paired` = `{n}…{/n}`. */
  shape: 'standalone' | 'paired';
  kind: 'code' | 'link' | 'emphasis' | 'strong' | 'delete' | 'html' | 'mdx' | 'image' | 'break' | 'url' | 'dnt' | 'footnote';
  /** Original Markdown: the whole construct for standalone, the opening part for paired. */
  open: string;
  /** Closing Markdown of a paired placeholder (`](../account/reset-password)`), else ''. */
  close: string;
}

/** Where a segment sits: its block kind drives QA rules and the XLIFF/TMX context. */
export type BlockKind =
  | 'title'
  | 'description'
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'blockquote';

/** One translatable unit: a sentence (or a whole short block) of one article. */
export interface Segment {
  /** Position key, unique within the article: `title`, `description`, `b4.s0` (block 4, sentence 0). */
  key: string;
  block: BlockKind;
  /** Text with placeholders, whitespace normalised. */
  text: string;
  placeholders: Placeholder[];
  /** Hex SHA-256 (first 16 chars) of `text`: pins translations to the source they came from. */
  hash: string;
  /** Word count in the source locale (CJK: characters), what vendors bill by. */
  words: number;
}

/** Result of `segmentArticle`: the segments plus what `reassembleArticle` needs to rebuild Markdown. */
export interface SegmentedArticle {
  id: string;
  sourceLocale: string;
  segments: Segment[];
  /** Opaque to consumers; enough to rebuild the article from per-segment targets. */
  skeleton: unknown;
}

/** Why a target text cannot be put back in place of its source segment. */
export interface PlaceholderProblem {
  code: 'missing' | 'unknown' | 'duplicate' | 'unclosed' | 'unopened' | 'shape' | 'nesting' | 'stray-brace' | 'empty';
  /** The placeholder number the problem is about, when there is one. */
  id?: number;
  /** One sentence for a reviewer: `placeholder {2} is missing`. */
  message: string;
}
