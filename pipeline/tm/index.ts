/** Translation memory matching: tokens, fuzzy scores, number repair, the fuzzy index and the TM. */

export { tokenize, type Token } from './tokenize.ts';
export { fuzzyScore, PLACEHOLDER_PENALTY, MAX_FUZZY_SCORE } from './fuzzyScore.ts';
export { repairNumbers, type RepairOptions } from './repairNumbers.ts';
export { FuzzyIndex, type FuzzyEntry, type FuzzyCandidate, type FuzzySearchOptions, type FuzzySearchStats } from './FuzzyIndex.ts';
export { contextKey } from './contextKey.ts';
export { TranslationMemory, NUMBERS_REPAIRED_SCORE, type TranslationMemoryOptions, type LookupOptions } from './TranslationMemory.ts';
export type { TmUnit, TmMatch, TmOrigin, TmState } from './types.ts';
