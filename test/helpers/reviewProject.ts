import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createTempProject, repoRoot, runKb, startKb, writeProjectFiles, type KbRun } from './tempProject.ts';

const fixture = join(repoRoot, 'test/fixtures/review-project');

/** The sentence of the fixture that `createReviewProject` changes after translating, so its translation is outdated. */
export const changedSentence = { before: 'Enter the code that we send you by SMS.', after: 'Enter the 6-digit code that we send you by SMS.' };

/**
 * A temp copy of test/fixtures/review-project (with the repo's tone guides) and a German store to review: account/reset-password
 * aligned by hand (translated), one of its sentences since changed in the source (outdated), and
 * calls/dropped-calls pseudo-translated (machine). Returns the project root.
 */
export async function createReviewProject(): Promise<string> {
  const toneGuides = Object.fromEntries(Object.entries(await readTree(join(repoRoot, 'tone-guides'))).map(([file, text]) => [`tone-guides/${file}`, text]));
  const root = await createTempProject({ ...toneGuides, ...(await readTree(fixture)) }, 'kb-review-');
  for (const args of [['align', '--locale', 'de', 'import/de'], ['translate', '--locale', 'de', '--provider', 'pseudo']]) {
    const run = runKb(...args, '--root', root);
    if (run.status !== 0) throw new Error(`kb ${args[0]} failed: ${run.stderr}`);
  }
  const article = 'content/en/account/reset-password.md';
  const text = await readFile(join(root, article), 'utf8');
  await writeProjectFiles(root, { [article]: text.replace(changedSentence.before, changedSentence.after) });
  return root;
}

async function readTree(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = await readFile(path, 'utf8');
  }
  return files;
}

/** Start the real `kb review` with `args` and wait for the URL it prints; `stop` interrupts it and resolves with its run. */
export async function startReview(args: string[]): Promise<{ url: string; stop: () => Promise<KbRun> }> {
  const { child, done } = startKb(['review', ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    void done.then((run) => reject(new Error(`kb review exited ${run.status}: ${run.stderr}`)));
  });
  return {
    url,
    stop: () => {
      child.kill('SIGINT');
      return done;
    },
  };
}
