/**
 * Static hosts know one not-found page (`/404.html`); a reader who mistypes a German URL should get
 * the German one. These are the host rules that say so, one per locale, for the build to write.
 */

/** Where the build puts a locale's not-found page (`site/pages/[locale]/404.astro`). */
export function notFoundPage(code: string): string {
  return `/${code}/404/index.html`;
}

/**
 * `_redirects` for Netlify: `/de/*  /de/404/index.html  404`. Netlify applies a non-forced rule only
 * when no file matches the path, so real pages are untouched. (Cloudflare Pages reads the same file
 * but lists no 404 status; its docs say lines it cannot read are ignored. It serves the nearest
 * `404.html`, which the build also writes at `/<locale>/404.html`.)
 */
export function notFoundRedirects(localeCodes: readonly string[]): string {
  const rules = localeCodes.map((code) => `/${code}/*  ${notFoundPage(code)}  404`);
  return `# Each locale's missing pages get that locale's not-found page (written by the build).\n${rules.join('\n')}\n`;
}
