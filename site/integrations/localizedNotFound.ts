import { copyFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { notFoundPage, notFoundRedirects } from '../utils/notFoundRules.ts';

/**
 * After the build, tell static hosts which not-found page belongs to which locale: `_redirects`
 * (Netlify) and a `/<locale>/404.html` copy (Cloudflare Pages and hosts that serve the nearest
 * `404.html`). nginx needs its own rules; the README shows them.
 */
export function localizedNotFound(localeCodes: readonly string[]): AstroIntegration {
  return {
    name: 'polyglot-kb:localized-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(path.join(root, '_redirects'), notFoundRedirects(localeCodes));
        for (const code of localeCodes) {
          await copyFile(path.join(root, `.${notFoundPage(code)}`), path.join(root, code, '404.html'));
        }
      },
    },
  };
}
