import { contentKey, type ContentCache } from '../cache/ContentCache.ts';
import type { KbConfig, LocaleConfig } from '../config/defineConfig.ts';
import { checkPlaceholders } from '../segment/index.ts';
import type { Segment, SegmentedArticle } from '../segment/types.ts';
import { blockUnitCoverage, blockUnitsByArticle, historyOf, madeFrom, reconcileArticle, recordTransition, storeTime, type MemoryUnit, type StoreEntry, type TranslationStore } from '../store/index.ts';
import { contextKey, type TmMatch } from '../tm/index.ts';
import { bandOf, count, emptyLeverage, type LocaleLeverage } from './leverage.ts';
import { MachineTranslation, emptyMachineReport, type MachineReport, type MachineStop } from './machineTranslate.ts';
import { memoryFromStore, type StoreMemory } from './memoryFromStore.ts';
import type { TranslationProvider } from './providers/provider.ts';

/** An article to translate: its id, a digest of its source text, and its segmentation (made on demand). */
export interface SegmentedSource {
  id: string;
  /** Changes whenever the segments would: source text, do-not-translate terms. */
  fingerprint: string;
  segmented: () => SegmentedArticle;
}

/** What the run cache remembers of an article that was fully current: its size, for the report. */
export interface CurrentArticle {
  segments: number;
  words: number;
  /**
   * A digest of the article's whole-block units when some of its sentences were current only
   * through them: they live in memory.yaml, which the cache key does not cover, so a hit is
   * trusted only while they are the same.
   */
  blockUnits?: string;
}

export interface TranslateOptions {
  locales: LocaleConfig[];
  /** Machine translation for segments with no usable match; none leaves them untranslated. */
  provider?: TranslationProvider;
  /** Match and count (and what the provider would bill), but call no provider and write nothing. */
  dryRun?: boolean;
  /** Most characters the provider may bill this run; what would pass it stays untranslated. */
  maxChars?: number;
  /** Clock for `at` stamps (tests pin it). */
  now?: () => Date;
  /** Called after each article of each locale, for progress display. */
  onArticle?: () => void;
  /** A provider result that breaks placeholders is dropped, and reported here. */
  onWarning?: (message: string) => void;
  /**
   * Remembers articles found fully current with a given source and store file, so the next run
   * skips them without parsing either (`.kb/cache/translate.json` from the CLI).
   */
  cache?: ContentCache<CurrentArticle>;
  /**
   * Ids of every source article, drafts included. A store file whose article is not among them
   * was deleted or renamed: its translations move to memory.yaml, where the TM still offers them.
   */
  existingArticles?: ReadonlySet<string>;
}

export interface LocaleResult extends LocaleLeverage, MachineReport {
  /** Store files written (unchanged files are not rewritten). */
  filesChanged: number;
  /** Store files of deleted articles whose translations moved to memory.yaml. */
  retiredArticles: number;
  /** Dry run: characters the provider would bill for the segments it would be sent. */
  wouldBill: number;
}

export interface TranslateResult {
  locales: Record<string, LocaleResult>;
  /** Set when machine translation stopped before the end (quota, `--max-chars`, provider failure). */
  stopped?: MachineStop;
}

/**
 * Bring the store up to date with the sources, locale by locale: unchanged segments cost nothing;
 * new and outdated ones are matched against the translation memory (context, exact, fuzzy); what
 * has no usable match goes to the provider. Each article is saved as soon as it is done, and after
 * every machine translation batch, so a run killed midway keeps every result it paid for (all but
 * the batch in flight) and the next run picks up where it stopped.
 */
export async function translateProject(
  config: KbConfig,
  store: TranslationStore,
  sources: SegmentedSource[],
  options: TranslateOptions,
): Promise<TranslateResult> {
  const now = options.now ?? (() => new Date());
  const { provider } = options;
  const machine = provider && new MachineTranslation({ provider, maxChars: options.maxChars, now, onWarning: options.onWarning });
  const sourceLocale = config.locales.find((l) => l.code === config.sourceLocale) as LocaleConfig;
  const results: Record<string, LocaleResult> = {};
  for (const locale of options.locales) {
    const result: LocaleResult = { ...emptyLeverage(), ...emptyMachineReport(), filesChanged: 0, retiredArticles: 0, wouldBill: 0 };
    results[locale.code] = result;
    // Store files are parsed only when needed: a warm run compares digests and nothing more.
    let stored: Map<string, StoreEntry[]> | undefined;
    const allStored = async () => (stored ??= (await store.readAll([locale.code], sources.map((s) => s.id))).get(locale.code) ?? new Map());
    // A deleted (or renamed) article's translations are offered to the articles of this run already.
    const deleted = options.existingArticles ? (await store.articles(locale.code)).filter((id) => !options.existingArticles?.has(id)) : [];
    let memoryUnits: MemoryUnit[] | undefined;
    const readMemory = async () => (memoryUnits ??= await store.readMemory(locale.code));
    let blockUnits: Map<string, MemoryUnit[]> | undefined;
    const blockUnitsOf = async (id: string) => (blockUnits ??= blockUnitsByArticle(await readMemory())).get(id) ?? [];
    let tm: StoreMemory | undefined;
    const memory = async () => {
      if (tm) return tm;
      const articles = new Map(await allStored());
      for (const id of deleted) articles.set(id, await store.read(locale.code, id));
      return (tm = memoryFromStore(config, locale.code, articles, await readMemory()));
    };
    const cacheKey = async (id: string, fingerprint: string) => contentKey(locale.code, id, fingerprint, await store.fingerprint(locale.code, id), config.fuzzyThreshold);

    for (const source of sources) {
      const { id } = source;
      const known = options.cache?.get(await cacheKey(id, source.fingerprint));
      if (known && (known.blockUnits === undefined || known.blockUnits === contentKey(await blockUnitsOf(id)))) {
        result.unchanged.segments += known.segments;
        result.unchanged.words += known.words;
        options.onArticle?.();
        continue;
      }
      const segmented = source.segmented();
      const { segments } = segmented;
      const before = stored?.get(id) ?? (await store.read(locale.code, id));
      const { entries, retired } = reconcileArticle(segments, before);
      // Sentences of a block translated as a whole (kb align) are done: the page shows that unit.
      const inBlockUnits = entries.some((e) => e.target === undefined) ? blockUnitCoverage(segmented, await blockUnitsOf(id), entries) : new Map<string, MemoryUnit>();
      const done = (entry: StoreEntry, segment: Segment) =>
        inBlockUnits.has(segment.key) || (entry.target !== undefined && !entry.outdated && checkPlaceholders(segment, entry.target).length === 0);
      const queue: number[] = [];
      // Entries not done yet: only these can change below, so only these are checked again at the end.
      const pending: number[] = [];
      for (const [i, entry] of entries.entries()) {
        const segment = segments[i] as Segment;
        if (done(entry, segment)) {
          count(result.unchanged, segment.words);
          continue;
        }
        pending.push(i);
        // A current target whose placeholders do not fit (a hand edit, an old import) is never
        // shown: it gets the same work as an outdated one, and is kept in memory.yaml when replaced.
        const broken = entry.target !== undefined && !entry.outdated;
        const { tm: translationMemory, recordOf } = await memory();
        // A match whose placeholders do not fit this sentence would never be shown either: the next best is taken.
        const match = translationMemory.lookup(segment, locale.code, {
          contextKey: contextKey(segments[i - 1]?.text, segment.text, segments[i + 1]?.text, id),
          threshold: config.fuzzyThreshold,
          accepts: (target) => checkPlaceholders(segment, target).length === 0,
        });
        count(result.bands[bandOf(match)], segment.words);
        const applied = applyMatch(entry, segment, match, storeTime(now()), recordOf, broken);
        if (applied !== entry) {
          if (entry.outdated || broken) retired.push(madeFrom(entry));
          entries[i] = applied;
        } else if (entry.target === undefined) {
          queue.push(i);
        } else if (broken && machine) {
          // The provider overwrites the entry: its broken target goes to memory.yaml first.
          retired.push(madeFrom(entry));
          entries[i] = { key: segment.key, hash: segment.hash, source: segment.text, state: 'new' };
          queue.push(i);
        }
      }
      if (options.dryRun) {
        if (machine) result.wouldBill += machine.estimate(segments, queue);
        options.onArticle?.();
        continue;
      }
      let saved = before;
      let changed = false;
      // Saved after every machine translation batch too: a killed run keeps what it paid for.
      const save = async () => {
        if (retired.length === 0 && sameEntries(saved, entries)) return;
        if (await store.saveArticle(locale.code, id, { entries, retired })) changed = true;
        retired.length = 0;
        saved = [...entries];
      };
      if (queue.length > 0 && machine) await machine.translateArticle(sourceLocale, locale, { id, segments, entries, queue, save }, result);
      await save();
      if (changed) result.filesChanged++;
      if (pending.every((i) => done(entries[i] as StoreEntry, segments[i] as Segment))) {
        const current: CurrentArticle = { segments: segments.length, words: segments.reduce((n, s) => n + s.words, 0) };
        if (entries.some((e) => e.target === undefined)) current.blockUnits = contentKey(await blockUnitsOf(id));
        options.cache?.set(await cacheKey(id, source.fingerprint), current);
      }
      options.onArticle?.();
    }
    for (const id of deleted) {
      result.retiredArticles++;
      if (!options.dryRun) await store.saveArticle(locale.code, id, { entries: [], retired: await store.read(locale.code, id) });
    }
  }
  return { locales: results, stopped: machine?.stopped };
}

/**
 * What a TM match does to an entry: a context or exact match is the same source and target, so it
 * keeps the most reviewed state that pair has in the store, and its history (who approved it),
 * with the reuse as one more step. A fuzzy match fills an empty entry for review, flagged when its
 * numbers were repaired. An outdated human translation is kept over any other fuzzy match — the
 * reviewer sees its old source beside the new; a broken one (placeholders that do not fit) is not.
 */
function applyMatch(entry: StoreEntry, segment: Segment, match: TmMatch | undefined, at: string, recordOf: StoreMemory['recordOf'], broken: boolean): StoreEntry {
  if (!match) return entry;
  const base: StoreEntry = { key: segment.key, hash: segment.hash, source: segment.text, target: match.target, score: match.score, state: 'new' };
  const by = 'kb translate';
  if (match.kind === 'context' || match.kind === 'exact') {
    const record = recordOf(match.unit.sourceHash, match.target);
    const state = record?.state ?? 'translated';
    const reused: StoreEntry = { ...base, origin: match.kind === 'context' ? 'tm-context' : 'tm-exact', history: record && historyOf(record) };
    return recordTransition(reused, { action: 'tm-reuse', state, by, at });
  }
  // Only numbers changed ("30 seconds" → "60 seconds"): the repaired target beats the outdated one.
  if (match.numbersRepaired) return recordTransition({ ...base, origin: 'tm-fuzzy', numbersRepaired: true }, { action: 'tm-fuzzy', state: 'fuzzy', by, at });
  if (entry.target === undefined || broken) return recordTransition({ ...base, origin: 'tm-fuzzy' }, { action: 'tm-fuzzy', state: 'fuzzy', by, at });
  return entry;
}

function sameEntries(a: StoreEntry[], b: StoreEntry[]): boolean {
  const canonical = (entry: StoreEntry | undefined) => (entry ? JSON.stringify(entry, Object.keys(entry).sort()) : '');
  return a.length === b.length && a.every((entry, i) => canonical(entry) === canonical(b[i]));
}
