import { describe, expect, it } from 'vitest';
import type { PagefindResponse, PagefindResult, SearchEngine } from './pagefindTypes.ts';
import { searchSite } from './searchSite.ts';

/** A fake index: page id → its words (position = index); a query matches pages holding every word. */
function fakeEngine(pages: Record<string, string[]>): SearchEngine & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    search: async (term: string): Promise<PagefindResponse> => {
      queries.push(term);
      const words = term.split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id, text]) => {
          const positions = text.flatMap((w, i) => (words.includes(w) ? [i] : []));
          return {
            id,
            score: positions.length,
            words: positions,
            data: async () => ({ url: `/en/x/${id}/`, content: '', excerpt: `${id}:${term}`, meta: { title: id }, sub_results: [], word_count: text.length }),
          };
        });
      return { results, unfilteredResultCount: results.length };
    },
  };
}

const pages = {
  quality: 'calls drop on 4g when the signal is weak'.split(' '),
  group: 'group calls hold up to 32 people'.split(' '),
};

describe('searchSite', () => {
  it('searches a single term once, keeping Pagefind order', async () => {
    const engine = fakeEngine(pages);
    const response = await searchSite(engine, 'Why calls?', { lang: 'en' });
    expect(response).toMatchObject({ terms: ['calls'], relaxed: false, searches: 1 });
    expect(engine.queries).toEqual(['calls']);
    expect(response.hits.map((h) => h.id)).toEqual(['quality', 'group']);
  });

  it('answers a question no page fully matches, and says so', async () => {
    const engine = fakeEngine(pages);
    const response = await searchSite(engine, 'why do my calls keep dropping on 4g', { lang: 'en' });
    expect(response.terms).toEqual(['calls', 'dropping', '4g']);
    expect(response.relaxed).toBe(true);
    expect(response.searches).toBe(3);
    expect(response.hits.map((h) => [h.id, h.matchedTerms])).toEqual([
      ['quality', ['calls', '4g']],
      ['group', ['calls']],
    ]);
  });

  it('is not relaxed when a page contains every term', async () => {
    const response = await searchSite(fakeEngine(pages), 'group calls', { lang: 'en' });
    expect(response.relaxed).toBe(false);
    expect(response.hits[0]).toMatchObject({ id: 'group', matchedTerms: ['group', 'calls'] });
  });

  it('loads an excerpt from a search of exactly the matched terms', async () => {
    const engine = fakeEngine(pages);
    const response = await searchSite(engine, 'calls 4g dropping', { lang: 'en' });
    expect((await response.hits[0]!.data()).excerpt).toBe('quality:calls 4g');
    expect((await response.hits[1]!.data()).excerpt).toBe('group:calls');
  });

  it('searches another language’s index with the words translated, each word once by its best translation', async () => {
    const engine = fakeEngine({ ...pages, refund: 'request a refund of your subscription'.split(' ') });
    const vocabulary = new Map<string, [string, number][]>([
      ['rembours', [['refund', 0.9], ['request', 0.3]]],
      ['abonn', [['subscription', 1]]],
    ]);
    const response = await searchSite(engine, 'remboursé de mon abonnement ?', { lang: 'fr', vocabulary });
    expect(response).toMatchObject({ terms: ['remboursé', 'abonnement'], searched: ['refund', 'request', 'subscription'], relaxed: false, searches: 3 });
    expect(response.hits.map((h) => [h.id, h.matchedTerms])).toEqual([['refund', ['refund', 'subscription']]]);
    // Without the vocabulary the French words find nothing in English.
    expect((await searchSite(engine, 'remboursé de mon abonnement ?', { lang: 'fr' })).hits).toEqual([]);
  });

  it('does not search when nothing is left to search for', async () => {
    const engine = fakeEngine(pages);
    expect((await searchSite(engine, ' ? ', { lang: 'en' })).hits).toEqual([]);
    expect(engine.queries).toEqual([]);
  });
});
