import { describe, expect, it } from 'vitest';
import { botMetrics, wilsonInterval, type LabelledQuestion } from './botMetrics.ts';

const q = (id: string, expected: string | null): LabelledQuestion => ({ id, locale: 'en', question: id, expected, kind: expected ? 'paraphrase' : 'unanswerable', split: 'tune' });

describe('botMetrics', () => {
  it('computes recall@1/@5, MRR@10 and the no-answer figures', () => {
    const m = botMetrics([
      { question: q('a', 'x/a'), ranked: ['x/a', 'x/b'] },
      { question: q('b', 'x/b'), ranked: ['x/a', 'x/c', 'x/b'] },
      { question: q('c', 'x/c'), ranked: [] },
      { question: q('d', 'x/d'), ranked: ['1', '2', '3', '4', '5', '6', 'x/d'] },
      { question: q('e', null), ranked: [] },
      { question: q('f', null), ranked: ['x/a'] },
    ]);
    expect(m).toEqual({ answerable: 4, unanswerable: 2, recallAt1: 0.25, recallAt5: 0.5, mrrAt10: (1 + 1 / 3 + 1 / 7) / 4, emptyWhenUnanswerable: 0.5, noAnswerPrecision: 0.5 });
  });

  it('gives the Wilson interval of a share: narrower with more questions, inside [0, 1] at the ends', () => {
    // 8 of 10: the textbook interval is 0.490–0.943.
    expect(wilsonInterval(0.8, 10).map((x) => Math.round(x * 1000))).toEqual([490, 943]);
    const [low, high] = wilsonInterval(0.8, 100);
    expect(low).toBeGreaterThan(0.7);
    expect(high).toBeLessThan(0.87);
    expect(wilsonInterval(1, 5)[1]).toBeCloseTo(1, 10);
    expect(wilsonInterval(0, 5)[0]).toBeCloseTo(0, 10);
    expect(wilsonInterval(Number.NaN, 0).every(Number.isNaN)).toBe(true);
  });
});
