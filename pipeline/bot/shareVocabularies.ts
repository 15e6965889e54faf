import { Worker } from 'node:worker_threads';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import type { VocabularyInput, VocabularyWorkerResult } from './writeVocabularies.ts';

/**
 * Vocabularies learnt on two cores: a worker thread starts on them now, while the main thread
 * writes the feed, llms.txt and the twins; `finish()` has the main thread take the locales the
 * worker has not claimed yet, then waits for the worker.
 */
export function shareVocabularies(root: string, config: KbConfig, distDir: string, input: VocabularyInput): { finish(): Promise<void> } {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./vocabularyWorker.ts', import.meta.url), { workerData: { root, distDir, input, next } });
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
    async finish() {
      // The learning code (store, glossary, tokenizer) is loaded here only if the worker left a locale.
      if (Atomics.load(next, 0) < config.locales.filter((l) => l.code !== config.sourceLocale).length) {
        const { writeVocabularies } = await import('./writeVocabularies.ts');
        await writeVocabularies(root, config, distDir, input, next);
      }
      await done;
    },
  };
}
