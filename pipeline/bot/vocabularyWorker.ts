/** Worker thread of `shareVocabularies`: learns and writes the vocabularies it claims, posts the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/loadConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import { writeVocabularies, type VocabularyInput, type VocabularyWorkerResult } from './writeVocabularies.ts';

const { root, distDir, next } = workerData as { root: string; distDir: string; next: Int32Array };
// Started before the articles are read: the input (their ids and categories) is posted once they are.
const input = new Promise<VocabularyInput>((resolve) => parentPort!.once('message', resolve));
try {
  await writeVocabularies(root, await loadConfig(root), distDir, input, next);
  parentPort!.postMessage({} satisfies VocabularyWorkerResult);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  parentPort!.postMessage({ diagnostics: error.diagnostics } satisfies VocabularyWorkerResult);
}
