/**
 * Translation memory: stored translations per target locale, looked up by exact source (hash map),
 * by context (hash map) and by fuzzy similarity (`FuzzyIndex`), with number repair.
 */

import type { Segment } from '../segment/types.ts';
import { assertThreshold } from './fuzzyScore.ts';
import { FuzzyIndex } from './FuzzyIndex.ts';
import { numberMaskedKey, repairNumbers } from './repairNumbers.ts';
import { tokenize } from './tokenize.ts';
import type { TmMatch, TmUnit } from './types.ts';

/**
 * Score of a fuzzy match whose target had its numbers repaired. The sources differ only in
 * numbers (and case/punctuation), so the repaired target is as good as an exact match except that
 * grammar around a number can depend on it (plural forms, Arabic dual), hence 99, not 100 — the
 * same as a case-only difference. A computed token score would rank `Wait 30 seconds` at 66 for
 * `Wait 60 seconds`, below the threshold, although its repaired target is ready to use.
 */
export const NUMBERS_REPAIRED_SCORE = 99;

export interface TranslationMemoryOptions {
  /** Locale code every stored source is written in. */
  sourceLocale: string;
  /** BCP 47 tag per locale code where they differ (`es` → `es-419`), for word and number rules. */
  localeTags?: Readonly<Record<string, string>>;
}

export interface LookupOptions {
  /** `contextKey(…)` of the segment's occurrence; enables context (101) matches. */
  contextKey?: string;
  /** Lowest fuzzy score offered, an integer 1–100. Default 75. */
  threshold?: number;
  /**
   * Whether a target (repaired, for a numbers-repaired match) can be used for the segment, such as
   * whether its placeholders fit. A refused unit is passed over before the best is chosen, so the
   * next best match is offered instead. Called at most once per stored unit and lookup (and once
   * per repaired target). Default: every target is accepted.
   */
  accepts?: (target: string) => boolean;
}

interface StoredUnit {
  unit: TmUnit;
  /** `updatedAt` in milliseconds. */
  time: number;
  /** Insertion order: the later of two equally new units wins. */
  sequence: number;
  indexId: number;
  masked: string;
}

/** Everything stored for one target locale. */
interface Partition {
  /** (source hash, context key, target) → the unit that currently holds that place. */
  byIdentity: Map<string, StoredUnit>;
  byHash: Map<string, StoredUnit[]>;
  /** Source tokens with numbers masked → units, to find number-only variants in O(1). */
  byMasked: Map<string, StoredUnit[]>;
  index: FuzzyIndex<StoredUnit>;
}

/** A possible fuzzy answer and the stored unit behind it. */
interface Candidate {
  match: TmMatch;
  stored: StoredUnit;
}

/** Whether candidate `a` beats `b`: higher score, then newer unit. */
function isBetter(a: Candidate, b: Candidate): boolean {
  return a.match.score !== b.match.score ? a.match.score > b.match.score : isNewer(a.stored, b.stored);
}

/** Whether stored unit `a` is newer than `b`: later `updatedAt`, then added later. */
function isNewer(a: StoredUnit, b: StoredUnit): boolean {
  return a.time !== b.time ? a.time > b.time : a.sequence > b.sequence;
}

/** The newest of some stored units. */
function newest(units: readonly StoredUnit[]): StoredUnit | undefined {
  return units.reduce<StoredUnit | undefined>((best, unit) => (best === undefined || isNewer(unit, best) ? unit : best), undefined);
}

/** Remove one element from a list kept in a map, dropping the list when it empties. */
function removeFrom(map: Map<string, StoredUnit[]>, key: string, unit: StoredUnit): void {
  const remaining = (map.get(key) ?? []).filter((stored) => stored !== unit);
  if (remaining.length > 0) map.set(key, remaining);
  else map.delete(key);
}

/** Append to a list kept in a map. */
function addTo(map: Map<string, StoredUnit[]>, key: string, unit: StoredUnit): void {
  const list = map.get(key);
  if (list) list.push(unit);
  else map.set(key, [unit]);
}

/** In-memory translation memory for one source locale. */
export class TranslationMemory {
  readonly sourceLocale: string;
  #tags: Readonly<Record<string, string>>;
  #partitions = new Map<string, Partition>();
  #sequence = 0;
  #size = 0;

  constructor(options: TranslationMemoryOptions) {
    this.sourceLocale = options.sourceLocale;
    this.#tags = options.localeTags ?? {};
  }

  /** Number of units stored (replaced units not counted). */
  get size(): number {
    return this.#size;
  }

  /**
   * Store a unit. A unit with the same target locale, source hash, context key and target replaces
   * the stored one unless the stored one is newer. Other targets of the same source stay: lookups
   * prefer the newest, and an older one is there when a lookup refuses the newer (`accepts`).
   */
  add(unit: TmUnit): void {
    if (unit.sourceLocale !== this.sourceLocale) {
      throw new Error(`TranslationMemory.add: unit source locale "${unit.sourceLocale}" is not the memory's "${this.sourceLocale}"`);
    }
    const time = Date.parse(unit.updatedAt);
    if (Number.isNaN(time)) {
      throw new Error(`TranslationMemory.add: updatedAt "${unit.updatedAt}" of unit ${unit.sourceHash} is not an ISO 8601 time`);
    }
    const partition = this.#partition(unit.targetLocale);
    const identity = `${unit.sourceHash}\u0000${unit.contextKey ?? ''}\u0000${unit.target}`;
    const previous = partition.byIdentity.get(identity);
    if (previous && previous.time > time) return;
    if (previous) {
      removeFrom(partition.byHash, previous.unit.sourceHash, previous);
      removeFrom(partition.byMasked, previous.masked, previous);
      partition.index.delete(previous.indexId);
      this.#size--;
    }
    const tokens = tokenize(unit.source, this.#tag(this.sourceLocale));
    const stored: StoredUnit = { unit, time, sequence: this.#sequence++, indexId: -1, masked: numberMaskedKey(tokens) };
    stored.indexId = partition.index.add({ text: unit.source, locale: this.#tag(this.sourceLocale), updatedAt: time, value: stored, tokens });
    partition.byIdentity.set(identity, stored);
    addTo(partition.byHash, unit.sourceHash, stored);
    addTo(partition.byMasked, stored.masked, stored);
    this.#size++;
  }

  /**
   * Best match for a segment in a target locale: context (101) over exact (100) over fuzzy
   * (threshold–99, numbers repaired where the sources differ only in numbers); among equal
   * scores the newest unit. Only targets `options.accepts` takes are considered. Undefined when
   * nothing reaches the threshold.
   */
  lookup(segment: Pick<Segment, 'text' | 'hash'>, targetLocale: string, options: LookupOptions = {}): TmMatch | undefined {
    const threshold = options.threshold ?? 75;
    assertThreshold(threshold, 'TranslationMemory.lookup');
    const partition = this.#partitions.get(targetLocale);
    if (!partition) return undefined;
    const { accepts } = options;
    // A unit can come up as an exact match and again from the fuzzy index: its target is judged once.
    const verdicts = new Map<StoredUnit, boolean>();
    const usable = (stored: StoredUnit): boolean => {
      if (!accepts) return true;
      let verdict = verdicts.get(stored);
      if (verdict === undefined) verdicts.set(stored, (verdict = accepts(stored.unit.target)));
      return verdict;
    };

    // The hash finds the units; comparing the text guards against a unit stored with a stale hash.
    const exact = (partition.byHash.get(segment.hash) ?? []).filter((stored) => stored.unit.source === segment.text && usable(stored));
    const inContext = options.contextKey === undefined ? undefined : newest(exact.filter((stored) => stored.unit.contextKey === options.contextKey));
    if (inContext) return { kind: 'context', score: 101, target: inContext.unit.target, source: inContext.unit.source, unit: inContext.unit };
    const sameSource = newest(exact);
    if (sameSource) return { kind: 'exact', score: 100, target: sameSource.unit.target, source: sameSource.unit.source, unit: sameSource.unit };

    const sourceTag = this.#tag(this.sourceLocale);
    const tokens = tokenize(segment.text, sourceTag);
    const candidates: Candidate[] = [];
    if (threshold <= NUMBERS_REPAIRED_SCORE) {
      const repaired = this.#repairedMatch(partition, segment.text, numberMaskedKey(tokens), targetLocale, accepts);
      if (repaired) candidates.push(repaired);
    }
    // The index ranks by score then recency, so its first usable result is the best unrepaired match.
    const limit = accepts ? Number.POSITIVE_INFINITY : 1;
    const fuzzy = partition.index.search(segment.text, sourceTag, { threshold, limit, tokens }).find(({ value }) => usable(value));
    if (fuzzy) {
      const { unit } = fuzzy.value;
      candidates.push({ stored: fuzzy.value, match: { kind: 'fuzzy', score: fuzzy.score, target: unit.target, source: unit.source, numbersRepaired: false, unit } });
    }
    return candidates.reduce<Candidate | undefined>((best, candidate) => (best === undefined || isBetter(candidate, best) ? candidate : best), undefined)
      ?.match;
  }

  /** The newest unit whose source differs from `text` only in numbers and whose target repairs cleanly (into one `accepts` takes). */
  #repairedMatch(partition: Partition, text: string, masked: string, targetLocale: string, accepts: LookupOptions['accepts']): Candidate | undefined {
    const variants = [...(partition.byMasked.get(masked) ?? [])].sort((a, b) => (isNewer(a, b) ? -1 : 1));
    for (const stored of variants) {
      const target = repairNumbers(stored.unit.source, stored.unit.target, text, {
        sourceLocale: this.#tag(this.sourceLocale),
        targetLocale: this.#tag(targetLocale),
      });
      if (target === undefined || (accepts && !accepts(target))) continue;
      const { unit } = stored;
      return { stored, match: { kind: 'fuzzy', score: NUMBERS_REPAIRED_SCORE, target, source: unit.source, numbersRepaired: true, unit } };
    }
    return undefined;
  }

  /** The partition of a target locale, created on first use. */
  #partition(targetLocale: string): Partition {
    let partition = this.#partitions.get(targetLocale);
    if (!partition) {
      partition = { byIdentity: new Map(), byHash: new Map(), byMasked: new Map(), index: new FuzzyIndex() };
      this.#partitions.set(targetLocale, partition);
    }
    return partition;
  }

  /** BCP 47 tag of a locale code. */
  #tag(code: string): string {
    return this.#tags[code] ?? code;
  }
}
