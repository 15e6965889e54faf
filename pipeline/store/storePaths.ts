import { join } from 'node:path';

/** The store folder, relative to the project root, as diagnostics print it. */
export const storeFolder = 'content/translations';

/** Article ids that may become file paths: `<category>/<slug>` in lower-case kebab case. */
export const articleIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** Relative path of an article's store file: `content/translations/de/calls/poor-call-quality.yaml`. */
export function articleStoreFile(locale: string, articleId: string): string {
  return `${storeFolder}/${locale}/${articleId}.yaml`;
}

/** Relative path of a locale's memory file: `content/translations/de/memory.yaml`. */
export function memoryStoreFile(locale: string): string {
  return `${storeFolder}/${locale}/memory.yaml`;
}

/** Relative path of the lock file that keeps two runs from writing the store at once. */
export const lockFile = `${storeFolder}/.lock`;

/** Absolute path of a relative store path under the project root. */
export function inRoot(root: string, relativePath: string): string {
  return join(root, ...relativePath.split('/'));
}
