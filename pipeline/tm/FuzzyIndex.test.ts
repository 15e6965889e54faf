import fc from 'fast-check';
import { prng as random } from '../../test/helpers/prng.ts';
import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from './FuzzyIndex.ts';
import { fuzzyScore, prepareText, scorePrepared, type Vocabulary } from './fuzzyScore.ts';
import { tokenize } from './tokenize.ts';

/** Small vocabulary so random sentences share many tokens and near-duplicates are common. */
const WORDS = ['open', 'Open', 'settings', 'tap', 'Save', 'the', 'your', 'chat', 'call', 'group', 'delete', 'message', 'phone', 'backup', 'to', 'and', '{1}', '{/1}', '{2}', '30', '60', '1,000', 'ログイン', '设置'];
const JOINERS = [' ', ' ', ' ', ', ', '. ', '  '];

/** Sentence from word and joiner indexes (kept as indexes so fast-check shrinks them well). */
function sentence(parts: readonly [number, number][]): string {
  return parts.map(([word, joiner], i) => (i === 0 ? '' : (JOINERS[joiner] ?? ' ')) + (WORDS[word] ?? '')).join('');
}

const sentenceArbitrary = fc.array(fc.tuple(fc.nat(WORDS.length - 1), fc.nat(JOINERS.length - 1)), { maxLength: 14 }).map(sentence);

/** Scores every entry against a query without cut-offs: the reference the index must equal. */
function bruteForce(texts: readonly string[]): (query: string, threshold: number) => [number, number][] {
  const vocabulary: Vocabulary = new Map();
  const prepared = texts.map((text) => prepareText(text, tokenize(text, 'en'), vocabulary, true));
  return (query, threshold) => {
    const preparedQuery = prepareText(query, tokenize(query, 'en'), vocabulary, true);
    return prepared
      .map((entry, id): [number, number] => [id, scorePrepared(preparedQuery, entry)])
      .filter(([, score]) => score >= threshold);
  };
}

function indexed(index: FuzzyIndex<number>, query: string, threshold: number): [number, number][] {
  return index
    .search(query, 'en', { threshold, limit: Number.POSITIVE_INFINITY })
    .map((candidate): [number, number] => [candidate.id, candidate.score])
    .sort((a, b) => a[0] - b[0]);
}

function buildIndex(texts: readonly string[]): FuzzyIndex<number> {
  const index = new FuzzyIndex<number>();
  texts.forEach((text, i) => index.add({ text, locale: 'en', updatedAt: i, value: i }));
  return index;
}

/** A few thousand sentences built from shared phrases, so many are near-duplicates of each other. */
function corpus(size: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const verbs = ['Open', 'Tap', 'Select', 'Close', 'Check', 'Update', 'Restart', 'Turn off', 'Turn on'];
  const objects = ['the chat', 'your profile', 'Settings', 'the group', 'the call', 'notifications', 'your backup', 'the app', 'two-step verification'];
  const tails = ['and try again.', 'to continue.', 'then wait 30 seconds.', 'before you sign in.', 'on your phone.', 'in {1}Settings{/1}.', 'if the problem persists.', 'for up to 32 people.'];
  return Array.from({ length: size }, () => {
    const parts = [pick(verbs), pick(objects), pick(tails)];
    if (next() < 0.5) parts.push(pick(['Then', 'Next,', 'If needed,']), pick(verbs).toLowerCase(), pick(objects), pick(tails));
    return parts.join(' ');
  });
}

describe('FuzzyIndex', () => {
  it('returns exactly what scoring every entry returns (random corpora, all thresholds)', () => {
    fc.assert(
      fc.property(
        fc.array(sentenceArbitrary, { minLength: 1, maxLength: 300 }),
        fc.array(sentenceArbitrary, { maxLength: 5 }),
        fc.integer({ min: 1, max: 100 }),
        (texts, extraQueries, threshold) => {
          const index = buildIndex(texts);
          const reference = bruteForce(texts);
          // Queries: stored texts (near-duplicates of each other abound) plus unrelated ones.
          for (const query of [...texts.slice(0, 5), ...extraQueries]) {
            expect(indexed(index, query, threshold)).toEqual(reference(query, threshold));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stays exact when entries are added and deleted between searches', () => {
    fc.assert(
      fc.property(
        fc.array(sentenceArbitrary, { minLength: 2, maxLength: 400 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.integer({ min: 30, max: 100 }),
        (texts, deletions, threshold) => {
          const index = new FuzzyIndex<number>();
          const half = Math.floor(texts.length / 2);
          const query = texts[0] ?? '';
          texts.slice(0, half).forEach((text, i) => index.add({ text, locale: 'en', updatedAt: i, value: i }));
          // The first search sorts posting lists; later additions land in their unsorted tails.
          index.search(query, 'en', { threshold });
          texts.slice(half).forEach((text, i) => index.add({ text, locale: 'en', updatedAt: half + i, value: half + i }));
          const deleted = new Set(deletions.map((d) => d % texts.length));
          for (const id of deleted) index.delete(id);
          const expected = bruteForce(texts)(query, threshold).filter(([id]) => !deleted.has(id));
          expect(indexed(index, query, threshold)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('agrees with scoring every entry on 3,000 template sentences, reading far fewer postings', () => {
    const texts = corpus(3000, 7);
    const index = buildIndex(texts);
    const reference = bruteForce(texts);
    const queries = [...corpus(40, 8), 'Tap the chat and try again', 'Completely unrelated words about invoices', 'Open'];
    for (const threshold of [50, 75, 90]) {
      for (const query of queries) expect(indexed(index, query, threshold)).toEqual(reference(query, threshold));
    }
    index.search('Restart the app and try again. Next, tap your backup on your phone.', 'en');
    expect(index.lastSearch.scored).toBeLessThan(texts.length / 10);
  });

  it('ranks by score, then newer updatedAt, then later added, and honours the limit', () => {
    const index = new FuzzyIndex<string>();
    index.add({ text: 'Open the chat settings now', locale: 'en', updatedAt: 5, value: 'old exact words' });
    index.add({ text: 'Open the chat settings today', locale: 'en', updatedAt: 9, value: 'newer' });
    index.add({ text: 'Open the chat settings today', locale: 'en', updatedAt: 9, value: 'newer, added later' });
    index.add({ text: 'open the chat settings now!', locale: 'en', updatedAt: 1, value: 'case only' });
    const results = index.search('Open the chat settings now', 'en', { threshold: 75, limit: 3 });
    expect(results.map((result) => [result.value, result.score])).toEqual([
      ['old exact words', 100],
      ['case only', 99],
      ['newer, added later', 80],
    ]);
  });

  it('matches across placeholder renumbering and respects the threshold', () => {
    const index = buildIndex(['Tap {1}Save{/1} to keep your changes', 'Something else entirely']);
    expect(index.search('Tap {2}Save{/2} to keep your changes', 'en').map((result) => result.score)).toEqual([99]);
    expect(index.search('Tap Save to keep your changes', 'en', { threshold: 75 })).toEqual([]);
  });

  it('finds entries for a query with no tokens only among entries with no tokens', () => {
    const index = buildIndex(['?!', 'Open the app']);
    expect(index.search('…', 'en').map((result) => [result.id, result.score])).toEqual([[0, 99]]);
  });

  it('stops returning deleted entries', () => {
    const index = buildIndex(['Open the app', 'Open the app now']);
    expect(index.delete(0)).toBe(true);
    expect(index.delete(0)).toBe(false);
    expect(index.size).toBe(1);
    expect(index.search('Open the app', 'en').map((result) => result.id)).toEqual([1]);
  });

  it('rejects thresholds and limits it cannot honour', () => {
    const index = buildIndex(['Open the app']);
    expect(() => index.search('Open', 'en', { threshold: 0 })).toThrow(/threshold must be an integer from 1 to 100, got 0/);
    expect(() => index.search('Open', 'en', { threshold: 75.5 })).toThrow(RangeError);
    expect(() => index.search('Open', 'en', { limit: 0 })).toThrow(/limit must be a positive integer/);
  });

  it('scores like fuzzyScore', () => {
    const index = buildIndex(['Up to 32 people can join a group call']);
    const [result] = index.search('Up to 50 people can join a group call', 'en', { threshold: 50 });
    expect(result?.score).toBe(fuzzyScore('Up to 32 people can join a group call', 'Up to 50 people can join a group call', 'en'));
  });
});
