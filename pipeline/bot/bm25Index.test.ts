import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25Index.ts';
import { learnVocabulary } from './bilingualVocabulary.ts';

describe('Bm25Index', () => {
  const doc = (title: string[], text: string[]) => ({ fields: [{ terms: title, weight: 3 }, { terms: text, weight: 1 }] });
  const index = new Bm25Index([doc(['password'], ['reset', 'code']), doc(['call'], ['password', 'drop', 'drop']), doc(['group'], ['call'])]);
  it('ranks a title match above a text match and rare terms above common ones', () => {
    expect(index.search(new Map([['password', 1]])).map((h) => h.doc)).toEqual([0, 1]);
    expect(index.search(new Map([['drop', 1], ['call', 1]]))[0]).toMatchObject({ doc: 1 });
    expect(index.idf('reset')).toBeGreaterThan(index.idf('call'));
    expect(index.search(new Map([['bread', 1]]))).toEqual([]);
  });
  it('weights query terms', () => {
    const light = index.search(new Map([['reset', 0.5]]))[0]!.score;
    expect(index.search(new Map([['reset', 1]]))[0]!.score).toBeCloseTo(light * 2);
  });
});

describe('learnVocabulary', () => {
  it('learns word translations from aligned sentences (IBM Model 1) and leaves shared words out', () => {
    const pairs = [
      { target: ['mot', 'pass', 'oubli'], source: ['forgot', 'password'] },
      { target: ['mot', 'pass', 'nouveau'], source: ['new', 'password'] },
      { target: ['appel', 'nouveau'], source: ['new', 'call'] },
      { target: ['appel', 'lumo'], source: ['call', 'lumo'] },
      { target: ['compt'], source: ['account'], weight: 3 },
    ];
    const vocabulary = learnVocabulary(pairs);
    expect(vocabulary.get('appel')?.[0]?.[0]).toBe('call');
    expect(vocabulary.get('nouveau')?.[0]?.[0]).toBe('new');
    expect(vocabulary.get('pass')?.[0]?.[0]).toBe('password');
    expect(vocabulary.get('compt')).toEqual([['account', 1]]);
    expect(vocabulary.has('lumo')).toBe(false);
  });
});
