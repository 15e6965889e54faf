/** Worker thread of `startBotWorker`: llms.txt and twins, then the vocabularies it claims; posts the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/loadConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import type { BotWorkerData, BotWorkerResult } from './startBotWorker.ts';
import { writeLlmsAndTwins } from './writeLlmsAndTwins.ts';
import { writeVocabularies } from './writeVocabularies.ts';

const { root, distDir, articles, vocabulary, next } = workerData as BotWorkerData;
try {
  const config = await loadConfig(root);
  await writeLlmsAndTwins(articles, config, distDir);
  await writeVocabularies(root, config, distDir, vocabulary, next);
  parentPort!.postMessage({} satisfies BotWorkerResult);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  parentPort!.postMessage({ diagnostics: error.diagnostics } satisfies BotWorkerResult);
}
