import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = join(import.meta.dirname, '../..');

/**
 * A throwaway project in the system temp folder: the repo's kb.config.ts and glossary, plus the
 * given files (paths relative to the project root). Returns its root.
 */
export async function createTempProject(files: Record<string, string>, prefix = 'kb-test-'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(join(root, 'kb.config.ts'), `export { default } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'kb.config.ts')).href)};\n`);
  await writeProjectFiles(root, { 'glossary/terms.yaml': await readFile(join(repoRoot, 'glossary/terms.yaml'), 'utf8'), ...files });
  return root;
}

/** Write (or overwrite) files under a project root, creating folders. */
export async function writeProjectFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** Run the real `kb` CLI (bin/kb.mjs) on the running Node; output captured. */
export function runKb(...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin/kb.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

export interface KbRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Start the real `kb` CLI without blocking this process, so a server in the test (a DeepL
 * stand-in) can answer it. `env` is added to this process's environment.
 */
export function startKb(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<KbRun> } {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kb.mjs'), ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<KbRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

/** A source article file with valid frontmatter. */
export function articleFile(category: string, title: string, body: string, extra = ''): string {
  return `---\ntitle: ${title}\ndescription: ${title} — help.\ntype: guide\ncategory: ${category}\nupdated: 2026-11-01\n${extra}---\n\n${body}`;
}

/** A temp project whose translations in `import/<locale>/` are aligned into the store (`kb align`). */
export async function createAlignedProject(files: Record<string, string>, locale: string): Promise<string> {
  const root = await createTempProject(files);
  const aligned = runKb('align', '--root', root, '--locale', locale, `import/${locale}`);
  if (aligned.status !== 0) throw new Error(`kb align failed: ${aligned.stderr}`);
  return root;
}
