import { checkPlaceholders } from './checkPlaceholders.ts';
import { wholeBlock } from './articleBlocks.ts';
import type { PlaceholderText } from './joinBlock.ts';
import { ReassembleError, type SegmentFailure } from './reassembleError.ts';
import { explicitLink, renderPlainTarget, renderTarget } from './renderTarget.ts';
import { languageOf } from './segmenters.ts';
import { readSkeleton, type ArticleSkeleton, type SkeletonBlock } from './skeleton.ts';
import type { Segment, SegmentedArticle } from './types.ts';

/** A rebuilt article: frontmatter fields as plain strings, the body as Markdown. */
export interface ReassembledArticle {
  title: string;
  description: string;
  body: string;
}

/** Languages written without spaces between sentences. */
const TIGHT_LANGUAGES = new Set(['ja', 'zh']);

/** Everything on a line before a block's text that still counts as "line start" for markers. */
const LINE_PREFIX = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]+)?)*$/;

/**
 * Rebuild an article from per-segment targets. `targetFor` returns the target text of a segment,
 * or undefined to keep the source. The body is spliced at the segments' source ranges, so all
 * Markdown outside translated sentences (code, tables, list markers, line breaks) stays
 * byte-identical, and a target equal to its source text reproduces the source exactly. A
 * block's sentences are joined by the source's whitespace between them; for a ja or zh target,
 * the spacing between two translated sentences is dropped. Throws `ReassembleError` if any
 * target's placeholders do not match its source (see `checkPlaceholders`).
 *
 * `blockTargetFor` gives a whole block's target where no sentence of the block has one (a block a
 * translator re-split, aligned as one unit): it gets the block's sentences joined, placeholders
 * numbered across the block, and replaces the block's text as one piece.
 *
 * `sourceMarks` go around each run of body sentences that keep their source text (`targetFor`
 * gave no target), so the page can tell which text is in the source language.
 */
export function reassembleArticle(
  segmented: SegmentedArticle,
  targetFor: (segment: Segment) => string | undefined,
  options: {
    targetLocale: string;
    blockTargetFor?: (blockIndex: number, block: PlaceholderText) => string | undefined;
    sourceMarks?: SourceMarks;
  },
): ReassembledArticle {
  const skeleton = readSkeleton(segmented);
  const segments = new Map(segmented.segments.map((segment) => [segment.key, segment]));
  const targets = new Map<string, string>();
  const kept = new Set<string>();
  const failures: SegmentFailure[] = [];
  for (const segment of segmented.segments) {
    const target = targetFor(segment);
    if (target === undefined) kept.add(segment.key);
    if (target === undefined || target === segment.text) continue;
    const problems = checkPlaceholders(segment, target);
    if (problems.length) failures.push({ segmentKey: segment.key, problems });
    else targets.set(segment.key, target);
  }
  const blockTargets = new Map<SkeletonBlock, { target: string; block: Segment }>();
  for (const block of options.blockTargetFor ? skeleton.blocks : []) {
    if (block.sentences.some((sentence) => targets.has(sentence.key))) continue;
    const whole = wholeBlock(skeleton, block, segments);
    if (!whole) continue;
    const target = options.blockTargetFor?.(whole.index, whole.text);
    if (target === undefined || target === whole.text.text) continue;
    const unit: Segment = { key: `b${whole.index}`, block: block.kind, hash: '', words: 0, ...whole.text };
    const problems = checkPlaceholders(unit, target);
    if (problems.length) failures.push({ segmentKey: unit.key, problems });
    else blockTargets.set(block, { target, block: unit });
  }
  const [firstFailure, ...moreFailures] = failures;
  if (firstFailure) throw new ReassembleError(segmented.id, [firstFailure, ...moreFailures]);

  const field = (key: 'title' | 'description') => {
    const segment = segments.get(key);
    const target = targets.get(key);
    return segment && target !== undefined ? renderPlainTarget(target, segment) : skeleton[key];
  };
  const tight = TIGHT_LANGUAGES.has(languageOf(options.targetLocale));
  let body = '';
  let cursor = 0;
  for (const block of skeleton.blocks) {
    const first = block.sentences[0];
    const last = block.sentences.at(-1);
    if (!first || !last) continue;
    const whole = blockTargets.get(block);
    body += skeleton.body.slice(cursor, first.start) + (whole ? renderBlock(skeleton, block, whole.target, whole.block) : rebuildBlock(skeleton, block, segments, targets, { tight, kept, marks: options.sourceMarks }));
    cursor = last.end;
  }
  body += skeleton.body.slice(cursor);
  return { title: field('title'), description: field('description'), body };
}

/** A whole block's target in place of its sentences and the gaps between them. */
function renderBlock(skeleton: ArticleSkeleton, block: SkeletonBlock, target: string, unit: Segment): string {
  const source = skeleton.body;
  const first = block.sentences[0] as SkeletonBlock['sentences'][number];
  const last = block.sentences.at(-1) as SkeletonBlock['sentences'][number];
  const lineStart = source.lastIndexOf('\n', first.start - 1) + 1;
  return renderTarget(target, unit, {
    format: skeleton.format,
    block: block.kind,
    before: source[first.start - 1] ?? '\n',
    after: source[last.end] ?? '\n',
    atLineStart: LINE_PREFIX.test(source.slice(lineStart, first.start)),
    endsBlock: true,
    delimiters: block.sentences.map((sentence) => sentence.delimiters ?? '').join(''),
  });
}

/** Strings written before and after text kept in the source language. */
export interface SourceMarks {
  open: string;
  close: string;
}

/**
 * One block's sentences with the gaps between them. Rendered last to first, so each sentence knows
 * what follows it. With `marks`, each run of `kept` sentences (and the gaps inside it) is marked.
 */
function rebuildBlock(
  skeleton: ArticleSkeleton,
  block: SkeletonBlock,
  segments: Map<string, Segment>,
  targets: Map<string, string>,
  options: { tight: boolean; kept: ReadonlySet<string>; marks: SourceMarks | undefined },
): string {
  const source = skeleton.body;
  const { sentences } = block;
  const { tight, kept, marks } = options;
  const marked = (index: number) => marks !== undefined && kept.has(sentences[index]?.key ?? '');
  let out = '';
  // Where the marked run being rendered ends: its last sentence, and the length of `out` after it.
  let runLast = 0;
  let afterRun = 0;
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    const sentence = sentences[i];
    if (!sentence) continue;
    if (marked(i) && !marked(i + 1)) [runLast, afterRun] = [i, out.length];
    const previous = sentences[i - 1];
    let gap = previous ? source.slice(previous.end, sentence.start) : '';
    // Only plain spacing goes; a hard break (two spaces before the newline) or a `>` prefix stays.
    const bothTranslated = previous !== undefined && targets.has(previous.key) && targets.has(sentence.key);
    if (tight && bothTranslated && /^(?:[ \t]*|[ \t]?\r?\n[ \t]*)$/.test(gap)) gap = '';
    const target = targets.get(sentence.key);
    const segment = segments.get(sentence.key);
    const lineStart = source.lastIndexOf('\n', sentence.start - 1) + 1;
    const rendered =
      target === undefined || !segment
        ? source.slice(sentence.start, sentence.end)
        : renderTarget(target, segment, {
            format: skeleton.format,
            block: block.kind,
            before: source[sentence.start - 1] ?? '\n',
            after: out[0] ?? source[sentence.end] ?? '\n',
            atLineStart: LINE_PREFIX.test(source.slice(lineStart, sentence.start)),
            endsBlock: i === sentences.length - 1,
            delimiters: sentence.delimiters ?? '',
          });
    out = rendered + out;
    if (marks && marked(i) && !marked(i - 1)) {
      const end = out.length - afterRun;
      const run = sentences.slice(i, runLast + 1).flatMap((s) => segments.get(s.key) ?? []);
      out = marks.open + linkBareUrlsAtEdges(out.slice(0, end), run) + marks.close + out.slice(end);
    }
    out = gap + out;
  }
  return out;
}

/**
 * `text` with a bare URL that touches either end written as an explicit link: GFM links a bare
 * URL only after a space (not after a mark) and runs it on into any character after it.
 */
function linkBareUrlsAtEdges(text: string, segments: readonly Segment[]): string {
  const edges = new Map<number, string>();
  for (const { open } of segments.flatMap((s) => s.placeholders).filter((p) => p.kind === 'url' && !p.open.startsWith('<'))) {
    const first = text.indexOf(open);
    const last = text.lastIndexOf(open);
    if (first !== -1 && !/\s/.test(text.slice(0, first))) edges.set(first, open);
    if (last !== -1 && !/\s/.test(text.slice(last + open.length))) edges.set(last, open);
  }
  let out = text;
  for (const [at, url] of [...edges].sort(([a], [b]) => b - a)) out = out.slice(0, at) + explicitLink(url) + out.slice(at + url.length);
  return out;
}
