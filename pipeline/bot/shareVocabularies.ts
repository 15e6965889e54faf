import { Worker } from 'node:worker_threads';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import type { VocabularyInput, VocabularyWorkerResult } from './writeVocabularies.ts';
import { vocabularyLocales } from './vocabularyFile.ts';

export interface SharedVocabularies {
  /** Hand the worker what it learns from (it loads its code and the glossary meanwhile). */
  start(input: VocabularyInput): void;
  /** Take the locales the worker has not claimed yet on this thread, then wait for the worker. */
  finish(): Promise<void>;
  /** Stop the worker (the caller failed: nothing more will be written). */
  stop(): Promise<void>;
}

/**
 * Vocabularies learnt on two cores: a worker thread starts now, loading its code and the glossary
 * while the main thread reads the articles; once `start` gives it their ids it learns vocabularies
 * while the main thread writes the feed, llms.txt and the twins.
 */
export function shareVocabularies(root: string, config: KbConfig, distDir: string): SharedVocabularies {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./vocabularyWorker.ts', import.meta.url), { workerData: { root, distDir, next } });
  let input: VocabularyInput | undefined;
  const done = new Promise<void>((resolve, reject) => {
    let result: VocabularyWorkerResult | undefined;
    worker.on('message', (message: VocabularyWorkerResult) => (result = message));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result?.diagnostics) reject(new UserError(result.diagnostics));
      else if (code !== 0 || !result) reject(new Error(`the vocabulary worker stopped (exit code ${code})`));
      else resolve();
    });
  });
  // Awaited in finish(); if the caller fails first, its error is the one reported.
  done.catch(() => {});
  return {
    start(given) {
      input = given;
      worker.postMessage(given);
    },
    async finish() {
      if (!input) throw new Error('shareVocabularies: finish() before start()');
      // The learning code (store, glossary, tokenizer) is loaded here only if the worker left a locale.
      if (Atomics.load(next, 0) < vocabularyLocales(config).length) {
        const { writeVocabularies } = await import('./writeVocabularies.ts');
        await writeVocabularies(root, config, distDir, input, next);
      }
      await done;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
