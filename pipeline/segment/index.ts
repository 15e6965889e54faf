/** Segmentation stage: Markdown articles ⇄ translatable segments with numbered placeholders. */
export { segmentArticle, type ArticleInput, type SegmentOptions } from './segmentArticle.ts';
export { reassembleArticle, type ReassembledArticle } from './reassembleArticle.ts';
export { ReassembleError, type SegmentFailure } from './reassembleError.ts';
export { checkPlaceholders } from './checkPlaceholders.ts';
export { toTaggedXml, fromTaggedXml, TaggedTextError } from './taggedXml.ts';
export { splitSentences, sentenceRanges, type TextRange, type PlaceholderInfo } from './splitSentences.ts';
export { countWords } from './countWords.ts';
export { segmentHash } from './segmentHash.ts';
export { escapeBraces, normalizeWhitespace, tokenizePlaceholders, type PlaceholderToken } from './placeholderText.ts';
export type { BlockKind, Placeholder, PlaceholderProblem, Segment, SegmentedArticle } from './types.ts';
