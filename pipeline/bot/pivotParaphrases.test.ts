import { describe, expect, it } from 'vitest';
import { pivotParaphrases } from './pivotParaphrases.ts';

describe('pivotParaphrases', () => {
  it('makes two source words one locale word translates as paraphrases of each other, weighted by p(e′|f)·p(f|e)', () => {
    const de = new Map<string, [string, number][]>([['losch', [['delet', 0.6], ['remov', 0.4]]], ['kont', [['account', 1]]]]);
    const table = pivotParaphrases([{ vocabulary: de }]);
    expect(table.get('delet')).toEqual([['remov', 0.4]]);
    expect(table.get('remov')).toEqual([['delet', 0.6]]);
    expect(table.has('account')).toBe(false);
  });

  it('derives p(f|e) by Bayes with the locale terms’ frequencies, and averages over the locales', () => {
    // entfern is rare (a stray alignment): its odd translation weighs little in remov's row.
    const de = new Map<string, [string, number][]>([['losch', [['delet', 0.5], ['remov', 0.5]]], ['entfern', [['remov', 0.5], ['block', 0.5]]]]);
    const fr = new Map<string, [string, number][]>([['supprim', [['delet', 1]]]]);
    const locales = [{ vocabulary: de, frequency: new Map([['losch', 9], ['entfern', 1]]) }, { vocabulary: fr }];
    // remov: p(losch|remov) = 4.5/5, p(entfern|remov) = 0.5/5; de gives delet 0.9·0.5, block 0.1·0.5; halved over two locales.
    expect(pivotParaphrases(locales).get('remov')).toEqual([['delet', 0.225]]);
    expect(pivotParaphrases(locales, { minProbability: 0.01 }).get('remov')).toEqual([['delet', 0.225], ['block', 0.025]]);
    expect(pivotParaphrases(locales).get('delet')).toEqual([['remov', 0.25]]);
  });

  it('keeps at most maxParaphrases, best first, ties by term; nothing from empty vocabularies', () => {
    const ja = new Map<string, [string, number][]>([['削除', [['delet', 0.25], ['remov', 0.25], ['eras', 0.25], ['clear', 0.25]]]]);
    expect(pivotParaphrases([{ vocabulary: ja }], { maxParaphrases: 2 }).get('delet')).toEqual([['clear', 0.25], ['eras', 0.25]]);
    expect(pivotParaphrases([{ vocabulary: new Map() }]).size).toBe(0);
  });
});
