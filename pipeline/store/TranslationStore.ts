import { access, readdir, unlink } from 'node:fs/promises';
import { contentKey } from '../cache/ContentCache.ts';
import type { KbConfig } from '../config/defineConfig.ts';
import { requireLocale, targetLocales } from '../config/loadConfig.ts';
import { UserError, fileDiagnostic, formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { normalizeMemory, retiredToMemory } from './memoryUnits.ts';
import { parseMemoryFile, parseStoreFile, type ParsedStoreFile } from './parseStoreFile.ts';
import type { Reconciliation } from './reconcileArticle.ts';
import { serializeMemoryFile, serializeStoreFile } from './serializeStoreFile.ts';
import { withLock, type LockOptions } from './storeLock.ts';
import { articleIdPattern, articleStoreFile, inRoot, memoryStoreFile, storeFolder } from './storePaths.ts';
import type { MemoryUnit, StoreEntry } from './storeTypes.ts';
import { readIfExists, tempFilePattern, writeFileAtomic } from '../fs/writeFileAtomic.ts';

const gitignore = `# Written by kb: the run lock, and temp files an interrupted write can leave.
.lock
.lock.*
${tempFilePattern}
`;

/**
 * The translation store of record, `content/translations/` in git: reads validate every file,
 * writes are atomic and skip unchanged files. Write inside `withLock` so runs cannot interleave.
 */
export class TranslationStore {
  readonly root: string;
  readonly config: KbConfig;
  private readonly lockOptions: LockOptions;

  private constructor(root: string, config: KbConfig, lockOptions: LockOptions) {
    this.root = root;
    this.config = config;
    this.lockOptions = lockOptions;
  }

  /** The store of the project at `root`; nothing is read or created until asked. */
  static open(root: string, config: KbConfig, options: LockOptions = {}): TranslationStore {
    return new TranslationStore(root, config, options);
  }

  /** Configured target locales that have a store folder, in config order. */
  async locales(): Promise<string[]> {
    const folders = new Set((await this.list(storeFolder)).filter((e) => e.isDirectory()).map((e) => e.name));
    return this.config.locales.filter((l) => l.code !== this.config.sourceLocale && folders.has(l.code)).map((l) => l.code);
  }

  /** Ids of the articles with a store file in `locale`, sorted. */
  async articles(locale: string): Promise<string[]> {
    requireTargetLocale(this.config, locale);
    const ids: string[] = [];
    for (const category of await this.list(`${storeFolder}/${locale}`)) {
      if (!category.isDirectory()) continue;
      for (const file of await this.list(`${storeFolder}/${locale}/${category.name}`)) {
        const id = `${category.name}/${file.name.replace(/\.yaml$/, '')}`;
        if (file.isFile() && file.name.endsWith('.yaml') && articleIdPattern.test(id)) ids.push(id);
      }
    }
    return ids.sort();
  }

  /** The article's entries in `locale` as stored ([] when it has no file); a broken file is a UserError. */
  async read(locale: string, articleId: string): Promise<StoreEntry[]> {
    requireTargetLocale(this.config, locale);
    const file = articleStoreFile(locale, requireArticleId(articleId));
    const text = await readIfExists(inRoot(this.root, file));
    if (text === undefined) return [];
    return valueOrThrow(parseStoreFile(file, text, { locale, article: articleId })).segments;
  }

  /** A digest of the article's store file as it is on disk ('absent' without one): cheap change detection. */
  async fingerprint(locale: string, articleId: string): Promise<string> {
    const text = await readIfExists(inRoot(this.root, articleStoreFile(locale, requireArticleId(articleId))));
    return text === undefined ? 'absent' : contentKey(text);
  }

  /**
   * Entries of many articles in many locales, keyed by locale then article id. Every file is read
   * before failing, so one UserError lists every broken file.
   */
  async readAll(locales: string[], articleIds: string[]): Promise<Map<string, Map<string, StoreEntry[]>>> {
    const result = new Map<string, Map<string, StoreEntry[]>>();
    const problems: Diagnostic[] = [];
    for (const locale of locales) {
      const byArticle = new Map<string, StoreEntry[]>();
      for (const id of articleIds) {
        try {
          byArticle.set(id, await this.read(locale, id));
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          problems.push(...error.diagnostics);
        }
      }
      result.set(locale, byArticle);
    }
    if (problems.length > 0) throw new UserError(sortDiagnostics(problems));
    return result;
  }

  /** The locale's memory units ([] when it has no memory.yaml); a broken file is a UserError. */
  async readMemory(locale: string): Promise<MemoryUnit[]> {
    requireTargetLocale(this.config, locale);
    const file = memoryStoreFile(locale);
    const text = await readIfExists(inRoot(this.root, file));
    if (text === undefined) return [];
    return valueOrThrow(parseMemoryFile(file, text, { locale })).units;
  }

  /**
   * Replace the article's store file with `entries` (in article order); no entries removes the
   * file. Returns whether anything on disk changed.
   */
  async write(locale: string, articleId: string, entries: StoreEntry[]): Promise<boolean> {
    requireTargetLocale(this.config, locale);
    const file = articleStoreFile(locale, requireArticleId(articleId));
    if (entries.length === 0) return this.remove(file);
    const text = serializeStoreFile({ article: articleId, locale, segments: entries }, await this.sourceFile(articleId));
    checkWritable(parseStoreFile(file, text, { locale, article: articleId }));
    return this.writeText(file, text);
  }

  /** Replace the locale's memory.yaml with `units`, deduplicated and sorted. Returns whether it changed. */
  async writeMemory(locale: string, units: MemoryUnit[]): Promise<boolean> {
    requireTargetLocale(this.config, locale);
    const file = memoryStoreFile(locale);
    const text = serializeMemoryFile({ locale, units: normalizeMemory(units) });
    checkWritable(parseMemoryFile(file, text, { locale }));
    return this.writeText(file, text);
  }

  /**
   * Save a reconciled article: retired translations into memory.yaml first, then the article file,
   * so a run killed in between leaves a translation in both places, never in neither.
   */
  async saveArticle(locale: string, articleId: string, reconciliation: Reconciliation): Promise<boolean> {
    const retired = retiredToMemory(articleId, reconciliation.retired);
    const memoryChanged = retired.length > 0 && (await this.writeMemory(locale, [...(await this.readMemory(locale)), ...retired]));
    const articleChanged = await this.write(locale, articleId, reconciliation.entries);
    return memoryChanged || articleChanged;
  }

  /** Run `fn` holding the store's exclusive lock (see storeLock.ts). */
  withLock<T>(fn: () => Promise<T>): Promise<T> {
    return withLock(this.root, fn, this.lockOptions);
  }

  private async writeText(file: string, text: string): Promise<boolean> {
    await writeFileAtomic(inRoot(this.root, `${storeFolder}/.gitignore`), gitignore);
    return writeFileAtomic(inRoot(this.root, file), text);
  }

  private async remove(file: string): Promise<boolean> {
    try {
      await unlink(inRoot(this.root, file));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** The source article's path for the file header: .mdx when that exists, else .md. */
  private async sourceFile(articleId: string): Promise<string> {
    const base = `content/${this.config.sourceLocale}/${articleId}`;
    return (await exists(inRoot(this.root, `${base}.mdx`))) ? `${base}.mdx` : `${base}.md`;
  }

  private async list(folder: string) {
    try {
      return await readdir(inRoot(this.root, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}

/** A configured locale other than the source, or a UserError naming the valid target codes. */
export function requireTargetLocale(config: KbConfig, code: string): string {
  requireLocale(config, code);
  if (code === config.sourceLocale) {
    throw new UserError([fileDiagnostic('command line', 'locale/source', `"${code}" is the source locale; it has no translations`, `use one of ${targetLocales(config).map((l) => l.code).join(', ')}`)]);
  }
  return code;
}

function requireArticleId(articleId: string): string {
  // Ids become file paths; anything else could write outside the store.
  if (!articleIdPattern.test(articleId)) {
    throw new UserError([fileDiagnostic('command line', 'store/invalid-article-id', `"${articleId}" is not an article id`, 'use <category>/<slug>, such as calls/poor-call-quality')]);
  }
  return articleId;
}

function valueOrThrow<T>(parsed: ParsedStoreFile<T>): T {
  if (!parsed.value) throw new UserError(parsed.diagnostics);
  return parsed.value;
}

/** Never write a file the next read would reject: that is a bug in the caller, not a user error. */
function checkWritable(parsed: ParsedStoreFile<unknown>): void {
  if (parsed.value) return;
  throw new Error(`refusing to write an invalid store file:\n${parsed.diagnostics.map(formatDiagnostic).join('\n')}`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}
