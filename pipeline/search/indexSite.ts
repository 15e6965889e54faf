import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { localeBundlePath, sourceBundlePath } from './bundlePaths.ts';

export interface IndexSiteOptions {
  /** The built site (`astro build` output). */
  distDir: string;
  /** Locale code of the source language; its pages also get a bundle of their own. */
  sourceLocale: string;
  /** BCP 47 tags a language index is expected for (`<html lang>` values): the project's locales. */
  expectedLanguages: readonly string[];
}

export interface IndexSiteReport {
  /** Indexed pages per language index (Pagefind's lower-cased `<html lang>`). */
  languages: Record<string, number>;
  /** Pages in the source-language bundle. */
  sourcePages: number;
  /** Expected languages that got no index (no page of theirs is marked `data-pagefind-body`). */
  missingLanguages: string[];
  bundleDir: string;
  sourceBundleDir: string;
}

/**
 * Build the site's Pagefind indexes from the HTML in `distDir` (run after `astro build`):
 * `dist/pagefind/` with one index per `<html lang>`, holding only pages marked
 * `data-pagefind-body` (article pages that are not fallback copies), and `dist/pagefind-<source>/`
 * with the source-language pages alone, for the "In English" results on other locales' search pages.
 */
export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteReport> {
  const distDir = path.resolve(options.distDir);
  const { sourceLocale, expectedLanguages: expected } = options;
  await requireDirectory(distDir);

  const bundleDir = path.join(distDir, localeBundlePath);
  const sourceBundleDir = path.join(distDir, sourceBundlePath(sourceLocale));
  try {
    await buildBundle(distDir, undefined, bundleDir);
    await buildBundle(distDir, `${sourceLocale}/**/*.html`, sourceBundleDir);
    const languages = await readLanguages(bundleDir);
    const sourcePages = Object.values(await readLanguages(sourceBundleDir)).reduce((a, b) => a + b, 0);
    const total = Object.values(languages).reduce((a, b) => a + b, 0);
    if (total === 0) {
      throw new UserError([
        fileDiagnostic(distDir, 'search/no-indexed-pages', 'no page is marked data-pagefind-body', 'article pages that are not fallback copies must carry it on their content'),
      ]);
    }
    const missingLanguages = expected.filter((tag) => !(tag.toLowerCase() in languages));
    return { languages, sourcePages, missingLanguages, bundleDir, sourceBundleDir };
  } finally {
    await pagefind.close();
  }
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new UserError([fileDiagnostic(dir, 'search/no-dist', 'the built site is missing', 'run `astro build` before indexing')]);
  }
}

/** Index the HTML files under `root` matching `glob` (all HTML when undefined) and write one bundle. */
async function buildBundle(root: string, glob: string | undefined, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw pagefindFailure(root, errors);
  const added = await index.addDirectory({ path: root, ...(glob ? { glob } : {}) });
  if (added.errors.length) throw pagefindFailure(root, added.errors);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw pagefindFailure(outputPath, written.errors);
}

function pagefindFailure(where: string, errors: string[]): UserError {
  return new UserError([fileDiagnostic(where, 'search/pagefind', `Pagefind failed: ${errors.join('; ')}`, 'check that the HTML in dist/ is complete')]);
}

/** Indexed pages per language, from the bundle's entry file (addDirectory's count includes skipped pages). */
async function readLanguages(bundleDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}
