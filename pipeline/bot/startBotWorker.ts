import { Worker } from 'node:worker_threads';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { writeVocabularies, type VocabularyInput } from './writeVocabularies.ts';

/** What `botWorker.ts` is given. */
export interface BotWorkerData {
  root: string;
  distDir: string;
  articles: readonly AssembledArticle[];
  vocabulary: VocabularyInput;
  /** The shared counter of vocabulary locales claimed (see writeVocabularies). */
  next: Int32Array<SharedArrayBuffer>;
}

/** What the worker posts back: nothing when done, the diagnostics of a user's mistake (a broken store file). */
export interface BotWorkerResult {
  diagnostics?: Diagnostic[];
}

/**
 * `kb bot` on two cores: a worker thread writes llms.txt and the Markdown twins (thousands of small
 * files), then learns vocabularies, while the main thread builds and writes the feed. `finish()` has
 * the main thread learn the vocabulary locales the worker has not claimed yet, then waits for it.
 */
export function startBotWorker(root: string, config: KbConfig, distDir: string, articles: readonly AssembledArticle[], vocabulary: VocabularyInput): { finish(): Promise<void> } {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./botWorker.ts', import.meta.url), { workerData: { root, distDir, articles, vocabulary, next } satisfies BotWorkerData });
  const done = new Promise<void>((resolve, reject) => {
    let result: BotWorkerResult | undefined;
    worker.on('message', (message: BotWorkerResult) => (result = message));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result?.diagnostics) reject(new UserError(result.diagnostics));
      else if (code !== 0 || !result) reject(new Error(`the kb bot worker stopped (exit code ${code})`));
      else resolve();
    });
  });
  // Awaited in finish(); if the caller fails first, its error is the one reported.
  done.catch(() => {});
  return {
    async finish() {
      await writeVocabularies(root, config, distDir, vocabulary, next);
      await done;
    },
  };
}
