import { join } from 'node:path';

// Constants and URL shapes other stages share with the assembler, in a module that imports no
// parser: `kb bot` needs them without loading the Markdown and YAML stacks.

/** Folder the Astro site's content collection reads, relative to the project root (git-ignored). */
export const siteContentDir = join('.kb', 'site-content');

/**
 * For each article id, the locales with a copy of their own (`localesWithContent`), as JSON that
 * `kb assemble` writes beside the site content: the sitemap's alternates read it rather than
 * every article again. Outside the content folder, whose collection loads Markdown only.
 */
export const contentLocalesFile = join('.kb', 'content-locales.json');

/** URL of an article page in a locale: `/de/account/reset-password/`. */
export function articleUrl(locale: string, id: string, hash = ''): string {
  return `/${locale}/${id}/${hash}`;
}
