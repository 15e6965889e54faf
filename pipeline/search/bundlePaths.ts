/**
 * Where `indexSite` writes the Pagefind bundles inside dist/, as URL paths the site loads them from.
 * The site's search page imports these, so the two never disagree.
 */

/** The main bundle: one index per `<html lang>` — the reader's language. */
export const localeBundlePath = '/pagefind/';

/**
 * A second bundle holding only the source-language pages. A page loads Pagefind's index for its
 * own `<html lang>`, so the English originals can only be searched from a German page through a
 * bundle whose sole (hence default) index is English.
 */
export function sourceBundlePath(sourceLocale: string): string {
  return `/pagefind-${sourceLocale}/`;
}
