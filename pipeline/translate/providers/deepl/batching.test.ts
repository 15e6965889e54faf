import { describe, expect, it } from 'vitest';
import { segment } from '../../../store/testSegment.ts';
import type { Segment } from '../../../segment/types.ts';
import { deeplLimits, planBatches } from './batching.ts';

const article = (count: number, text = (i: number) => `Sentence number ${i} of the article.`): Segment[] => [
  { ...segment('title', 'Fix choppy calls'), block: 'title' },
  ...Array.from({ length: count }, (_, i) => segment(`b0.s${i}`, text(i))),
];
const all = (segments: Segment[]) => segments.map((_, i) => i);

describe('planBatches', () => {
  it('sends at most 50 texts a request, in article order, every segment once', () => {
    const segments = article(120);
    const batches = planBatches(segments, all(segments));
    expect(batches.map((b) => b.texts.length)).toEqual([50, 50, 21]);
    expect(batches.flatMap((b) => b.indices)).toEqual(all(segments));
  });

  it('keeps every request well under 128 KiB, context included', () => {
    // 40 sentences of ~3 KB of non-ASCII text: far fewer than 50 fit in one request.
    const segments = article(40, (i) => `${i} ${'ü'.repeat(3000)}`);
    const batches = planBatches(segments, all(segments));
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) {
      const body = new URLSearchParams([...batch.texts.map((t) => ['text', t]), ['context', batch.context ?? ''], ['target_lang', 'DE'], ['tag_handling', 'xml']]).toString();
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(deeplLimits.bytes);
    }
    expect(batches.flatMap((b) => b.indices)).toEqual(all(segments));
  });

  it('counts billed characters without placeholders, and gives the title and neighbours as context', () => {
    const segments: Segment[] = [
      { ...segment('title', 'Choppy calls'), block: 'title' },
      segment('b0.s0', 'Open the app.'),
      { ...segment('b0.s1', 'Tap {1}Settings{/1} in {2}.'), placeholders: [{ id: 1, shape: 'paired', kind: 'strong', open: '**', close: '**' }, { id: 2, shape: 'standalone', kind: 'dnt', open: 'Lumo', close: '' }] },
      segment('b0.s2', 'Restart the phone.'),
    ];
    const [batch] = planBatches(segments, [2]);
    expect(batch).toEqual({ indices: [2], texts: ['Tap {1}Settings{/1} in {2}.'], characters: ['Tap Settings in .'.length], context: 'Choppy calls Open the app. Restart the phone.' });
    const [neighbour] = planBatches(segments, [3]);
    expect(neighbour?.context).toBe('Choppy calls Tap Settings in Lumo.');
  });
});
