/** Worker thread of `writeVocabulariesInWorker`: learns and writes the vocabularies, posts the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/loadConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import { writeVocabularies, type VocabularyInput, type VocabularyWorkerResult } from './writeVocabularies.ts';

const { root, distDir, input } = workerData as { root: string; distDir: string; input: VocabularyInput };
try {
  await writeVocabularies(root, await loadConfig(root), distDir, input);
  parentPort!.postMessage({} satisfies VocabularyWorkerResult);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  parentPort!.postMessage({ diagnostics: error.diagnostics } satisfies VocabularyWorkerResult);
}
