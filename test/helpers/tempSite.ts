import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTempProject as createSiteProject, removeTempProject } from '../../bench/tempProject.ts';
import { repoRoot, runKb, writeProjectFiles } from './tempProject.ts';

/**
 * Build the help center of a small throw-away project, as `npm run build` does (kb assemble, astro
 * build, kb index), for browser tests that need pages the sample content has none of. `files`
 * are written first (paths relative to the project root), then `prepare` runs (kb align, an edit).
 * Returns the built `dist/` and a function that deletes the project.
 */
export async function buildTempSite(files: Record<string, string>, prepare: (root: string) => Promise<void>): Promise<{ dist: string; remove: () => Promise<void> }> {
  const root = await createSiteProject(repoRoot);
  await writeProjectFiles(root, files);
  await prepare(root);
  const astro = () => spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  for (const [step, run] of [['kb assemble', () => runKb('assemble', '--root', root)], ['astro build', astro], ['kb index', () => runKb('index', '--root', root)]] as const) {
    const result = run();
    if (result.status !== 0) throw new Error(`${step} failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  }
  return { dist: join(root, 'dist'), remove: () => removeTempProject(root) };
}
