import type { KbConfig, LocaleConfig } from '../../config/defineConfig.ts';
import type { Segment } from '../../segment/types.ts';

/** One request to a provider: some of an article's segments, sent together. */
export interface TranslationBatch {
  /** Positions of the batch's segments in the article's segment list, in order. */
  indices: number[];
  /** Segment texts with `{n}` / `{n}…{/n}` placeholders. */
  texts: string[];
  /** Read by the provider but neither translated nor billed: the article title, neighbouring sentences. */
  context?: string;
  /** Characters each text will bill (what `--max-chars` and `--dry-run` count). */
  characters: number[];
}

/** A translation in placeholder syntax, or why the provider's answer cannot be used. */
export type TranslatedText = { target: string } | { problem: string };

export interface BatchResult {
  /** One per text of the batch, in order. */
  texts: TranslatedText[];
  /** Characters the service says it billed for the batch. */
  billedCharacters: number;
}

/**
 * A machine translation service. Texts are segment texts with `{n}` / `{n}…{/n}` placeholders,
 * which must come back intact (the caller checks them again before storing anything).
 */
export interface TranslationProvider {
  /** Recorded in the store as `origin: mt:<name>`. */
  name: string;
  /** Split an article's untranslated segments (`queue`, positions in `segments`) into requests. */
  plan(segments: readonly Segment[], queue: readonly number[]): TranslationBatch[];
  translate(batch: TranslationBatch, source: LocaleConfig, target: LocaleConfig): Promise<BatchResult>;
}

/**
 * The provider cannot go on this run (quota used up, key refused, service unreachable after every
 * retry): machine translation stops cleanly, what was stored stays, the rest waits for a re-run.
 */
export class ProviderStopped extends Error {
  override name = 'ProviderStopped';
}

/** What building a provider for a `kb translate` run may use. */
export interface ProviderContext {
  root: string;
  config: KbConfig;
  /** The locales this run translates. */
  locales: LocaleConfig[];
  /** A dry run plans and counts but never connects: no credentials needed. */
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  onWarning: (message: string) => void;
}
