import type { LocaleConfig } from '../config/defineConfig.ts';
import { checkPlaceholders } from '../segment/index.ts';
import type { Segment } from '../segment/types.ts';
import { recordTransition, storeTime, type StoreEntry } from '../store/index.ts';
import { count, type BandCount } from './leverage.ts';
import { ProviderStopped, type TranslationBatch, type TranslationProvider } from './providers/provider.ts';

/** What machine translation did for one locale. */
export interface MachineReport {
  /** Segments translated and stored. */
  machineTranslated: BandCount;
  /** Characters the provider billed. */
  billedCharacters: number;
  /** Answers refused (placeholders lost, invented or broken): not stored, sent again next run. */
  rejected: BandCount;
  /** Segments never sent: the run stopped (quota, `--max-chars`, provider failure) first. */
  notSent: BandCount;
}

export function emptyMachineReport(): MachineReport {
  const zero = () => ({ segments: 0, words: 0 });
  return { machineTranslated: zero(), billedCharacters: 0, rejected: zero(), notSent: zero() };
}

/** Why machine translation stopped before the end; `failed` when that is an error (exit non-zero). */
export interface MachineStop {
  reason: string;
  failed: boolean;
}

export interface MachineOptions {
  provider: TranslationProvider;
  /** Most characters the run may bill; batches that would pass it are not sent. */
  maxChars?: number;
  now: () => Date;
  onWarning?: (message: string) => void;
}

/** The article being machine-translated: its entries are updated in place as batches come back. */
export interface ArticleWork {
  id: string;
  segments: readonly Segment[];
  entries: StoreEntry[];
  /** Positions of the segments to translate. */
  queue: readonly number[];
  /** Store the article as it is now; called after every batch, before the next is sent. */
  save: () => Promise<void>;
}

/**
 * Machine translation across one run: sends an article's segments batch by batch, checks every
 * answer's placeholders, stores each batch before sending the next (so a killed run loses at most
 * the batch in flight), keeps the run within `maxChars`, and stops cleanly when the provider can
 * no longer serve (the stop reason is kept for the summary).
 */
export class MachineTranslation {
  stopped: MachineStop | undefined;
  private spent = 0;
  private readonly options: MachineOptions;

  constructor(options: MachineOptions) {
    this.options = options;
  }

  /** Characters translating `queue` would bill (for `--dry-run`). */
  estimate(segments: readonly Segment[], queue: readonly number[]): number {
    return this.options.provider.plan(segments, queue).reduce((n, batch) => n + sum(batch.characters), 0);
  }

  async translateArticle(source: LocaleConfig, target: LocaleConfig, work: ArticleWork, report: MachineReport): Promise<void> {
    const { provider, onWarning } = this.options;
    for (const planned of provider.plan(work.segments, work.queue)) {
      const batch = this.stopped ? undefined : this.withinBudget(planned);
      const unsent = planned.indices.slice(batch?.indices.length ?? 0);
      for (const i of unsent) count(report.notSent, (work.segments[i] as Segment).words);
      if (!batch) continue;
      let result;
      try {
        result = await provider.translate(batch, source, target);
      } catch (error) {
        if (!(error instanceof ProviderStopped)) throw error;
        this.stopped = { reason: error.message, failed: true };
        for (const i of batch.indices) count(report.notSent, (work.segments[i] as Segment).words);
        continue;
      }
      this.spent += result.billedCharacters;
      report.billedCharacters += result.billedCharacters;
      result.texts.forEach((answer, k) => {
        const i = batch.indices[k] as number;
        const segment = work.segments[i] as Segment;
        const problems = 'target' in answer ? checkPlaceholders(segment, answer.target).map((p) => p.message) : [answer.problem];
        if ('target' in answer && problems.length === 0) {
          work.entries[i] = machineEntry(segment, answer.target, provider.name, this.options.now());
          count(report.machineTranslated, segment.words);
        } else {
          count(report.rejected, segment.words);
          onWarning?.(`${target.code} ${work.id} ${segment.key}: ${provider.name} broke the placeholders of "${segment.text}" (${problems.join('; ')}); not stored`);
        }
      });
      await work.save();
    }
  }

  /** The batch, or as much of it as `maxChars` still allows; undefined when nothing fits. */
  private withinBudget(batch: TranslationBatch): TranslationBatch | undefined {
    const { maxChars } = this.options;
    if (maxChars === undefined) return batch;
    let n = 0;
    let total = this.spent;
    while (n < batch.texts.length && total + (batch.characters[n] as number) <= maxChars) total += batch.characters[n++] as number;
    if (n < batch.texts.length) this.stopped = { reason: `--max-chars ${maxChars} reached`, failed: false };
    if (n === 0) return undefined;
    return { ...batch, indices: batch.indices.slice(0, n), texts: batch.texts.slice(0, n), characters: batch.characters.slice(0, n) };
  }
}

/** The entry for a machine translation: state `machine`, origin `mt:<provider>`. */
function machineEntry(segment: Segment, target: string, provider: string, at: Date): StoreEntry {
  const entry: StoreEntry = { key: segment.key, hash: segment.hash, source: segment.text, state: 'new' };
  return recordTransition(entry, { action: 'machine', state: 'machine', by: `kb translate (${provider})`, at: storeTime(at), target, origin: `mt:${provider}` });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
