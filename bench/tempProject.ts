import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copied: small, and the site's relative imports (`../../kb.config.ts`) must resolve inside the temp project. */
const copied = ['kb.config.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'site', 'glossary', 'tone-guides'];
/** Linked: read-only code the copies import (kb.config.ts imports pipeline/config). */
const linked = ['pipeline'];
/**
 * Build caches inside node_modules that must not be shared with the repository: Astro keeps its
 * content-layer data store in `node_modules/.astro`, so a linked node_modules would let the
 * benchmark overwrite the real project's cache (and start warm).
 */
const privateCaches = new Set(['.astro', '.vite', '.cache']);

/**
 * A throw-away project next to the repository's code: config and site copied, pipeline linked,
 * and a node_modules folder whose entries link to the repository's packages, minus build caches.
 */
export async function createTempProject(repoRoot: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-bench-'));
  for (const name of copied) await cp(join(repoRoot, name), join(dir, name), { recursive: true });
  for (const name of linked) await symlink(join(repoRoot, name), join(dir, name), 'dir');
  const modules = join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(join(repoRoot, 'node_modules'))) {
    if (!privateCaches.has(entry)) await symlink(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}

/** Delete a temp project made by `createTempProject`. */
export async function removeTempProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
