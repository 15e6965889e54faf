import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { requireLocale, targetLocales } from '../config/loadConfig.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { approvedTranslations } from '../glossary/loadGlossary.ts';
import { entryFindings, loadQaProject, sourceArticles, toneGuideFile, type QaContext, type QaProject, type SourceArticle } from '../qa/index.ts';
import { unitId } from '../qa/storeUnits.ts';
import type { PlaceholderProblem, Segment } from '../segment/types.ts';
import { TranslationStore, blockUnitEntries, blockUnitsByArticle, hasUsableTarget, isBlockKey, memoryStoreFile, memoryUnitEntry, shownBlockCoverage, withDecidedBlocks, loadDoNotTranslate, reconcileArticle, requireTargetLocale, storeTime, type BlockUnitEntry, type MemoryUnit, type StoreEntry } from '../store/index.ts';
import { applyReview, type ReviewAction } from './applyReview.ts';
import { entryNeedsReview, entryVersion, matchesFilter, reviewItem, reviewProgress, type QueueFilter, type ReviewItem, type ReviewProgress } from './reviewItems.ts';

/** A locale as the review app lists it. */
interface ReviewLocale {
  code: string;
  /** BCP 47, for the target's `lang`. */
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
  progress: ReviewProgress;
}

/** A locale's queue: the items the filter selects, and what the filters can choose from. */
export interface ReviewQueue {
  locale: string;
  items: ReviewItem[];
  articles: string[];
  checks: string[];
  progress: ReviewProgress;
}

/** A reviewer's save: the item's version as it was shown, so a change since is noticed. */
export interface ReviewRequest {
  locale: string;
  article: string;
  key: string;
  version: string;
  action: ReviewAction;
  target?: string;
}

type SaveOutcome =
  | { status: 'saved'; item: ReviewItem }
  /** The entry changed since the reviewer opened it: nothing written, the stored version returned. */
  | { status: 'conflict'; current: ReviewItem }
  | { status: 'invalid'; problems: PlaceholderProblem[] }
  | { status: 'missing' };

interface LoadedArticle {
  id: string;
  segments: Segment[];
  entries: StoreEntry[];
  /** Whole-block units of `kb align` whose block reads as it did, as entries, with the block as their segment. */
  blocks: BlockUnitEntry[];
  /** Sentence keys a whole-block unit translates on the page (`shownBlockCoverage`). */
  inBlockUnits: ReadonlyMap<string, MemoryUnit>;
}

/** The article's entries as progress counts them: a sentence without a usable target of its own that a block unit translates, in the unit's state, as `kb status` counts it. */
function progressEntries(article: LoadedArticle): StoreEntry[] {
  return article.entries.map((entry, i) => {
    const unit = hasUsableTarget(entry, article.segments[i] as Segment) ? undefined : article.inBlockUnits.get(entry.key);
    return unit ? { ...entry, target: unit.target, state: unit.state } : entry;
  });
}

/**
 * The review app's view of a project: reads the source and the store afresh on every call (a
 * `kb translate` run or a git pull in between is seen at once), loading the project once per call,
 * and saves through the store, under its lock, with every change recorded by recordTransition.
 */
export class ReviewWorkspace {
  readonly root: string;
  readonly config: KbConfig;

  /**
   * Each locale's memory as last read, by the file's size and time: the app asks for progress after
   * every save, and parsing memory.yaml takes time (about 210 ms for 20,000 units, measured).
   */
  private readonly memories = new Map<string, { stamp: string; units: MemoryUnit[] }>();

  private constructor(root: string, config: KbConfig) {
    this.root = root;
    this.config = config;
  }

  /** The workspace of a valid project; a project `kb validate` rejects is a UserError. */
  static async open(root: string): Promise<ReviewWorkspace> {
    const project = await requireValidProject(root, { saveCache: false });
    return new ReviewWorkspace(root, project.config);
  }

  /** The target locales with their progress. */
  async locales(only?: readonly string[]): Promise<ReviewLocale[]> {
    const codes = only?.length ? only.map((code) => requireTargetLocale(this.config, code)) : targetLocales(this.config).map((l) => l.code);
    const sources = await this.sources();
    const store = this.store();
    const result: ReviewLocale[] = [];
    for (const code of codes) {
      const locale = this.locale(code);
      const articles = await this.reconciled(store, code, sources, await this.memory(store, code));
      result.push({ code, tag: locale.tag, name: locale.englishName, dir: locale.dir, progress: reviewProgress(articles.flatMap(progressEntries), locale.publish) });
    }
    return result;
  }

  /** The locale's queue: every translated segment (and outdated one) the filter selects, in article order. */
  async queue(code: string, filter: QueueFilter = {}): Promise<ReviewQueue> {
    requireTargetLocale(this.config, code);
    const { context, sources } = await this.load();
    const store = this.store();
    const memory = await this.memory(store, code);
    const articles = await this.reconciled(store, code, sources, memory);
    const item = this.itemBuilder(code, articles, context, memory);
    const items = this.translated(articles).map((x) => item(x.article, x.entry, x.segment));
    return {
      locale: code,
      items: items.filter((item) => matchesFilter(item, filter)),
      articles: articles.map((a) => a.id),
      checks: [...new Set(items.flatMap((item) => item.findings.map((f) => f.check)))].sort(),
      progress: reviewProgress(articles.flatMap(progressEntries), this.locale(code).publish),
    };
  }

  /** The locale's tone guide (`tone-guides/<code>.md`) as written, or undefined without one. */
  async toneGuide(code: string): Promise<string | undefined> {
    requireTargetLocale(this.config, code);
    try {
      return await readFile(join(this.root, toneGuideFile(code)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /**
   * Apply a reviewer's decision under the store lock. The entry is re-read and compared with the
   * version the reviewer saw; when it changed, nothing is written and the stored one comes back.
   */
  async save(request: ReviewRequest, by: string, now = new Date()): Promise<SaveOutcome> {
    requireTargetLocale(this.config, request.locale);
    const store = this.store();
    return store.withLock(async () => {
      const project = await this.load();
      const source = project.sources.find((a) => a.article.id === request.article);
      if (!source) return { status: 'missing' };
      if (isBlockKey(request.key)) return this.saveBlock(request, source, project, by, now);
      const reconciliation = reconcileArticle(source.segmented.segments, await store.read(request.locale, request.article));
      const index = reconciliation.entries.findIndex((e) => e.key === request.key);
      const entry = reconciliation.entries[index];
      const segment = source.segmented.segments[index];
      if (!entry || !segment) return { status: 'missing' };
      if (entryVersion(entry) !== request.version) return { status: 'conflict', current: await this.item(request.locale, request.article, entry, project) };
      const outcome = applyReview(entry, segment, { action: request.action, target: request.target, by, at: storeTime(now) });
      if ('problems' in outcome) return { status: 'invalid', problems: outcome.problems };
      reconciliation.entries[index] = outcome.entry;
      await store.saveArticle(request.locale, request.article, reconciliation);
      return { status: 'saved', item: await this.item(request.locale, request.article, outcome.entry, project) };
    });
  }

  /**
   * A decision on a whole-block unit: the same checks and transitions as a sentence's, written to
   * the unit in memory.yaml (which keeps no history). Called under the store lock.
   */
  private async saveBlock(request: ReviewRequest, source: SourceArticle, project: QaProject, by: string, now: Date): Promise<SaveOutcome> {
    const store = this.store();
    const memory = await store.readMemory(request.locale);
    // The unit that stands for the block, as the page and the queue chose it.
    const block = blockUnitEntries(source.segmented, blockUnitsByArticle(memory).get(request.article) ?? []).find((b) => b.entry.key === request.key);
    if (!block) return { status: 'missing' };
    const { entry, segment } = block;
    if (entryVersion(entry) !== request.version) return { status: 'conflict', current: await this.item(request.locale, request.article, entry, project) };
    const outcome = applyReview(entry, segment, { action: request.action, target: request.target, by, at: storeTime(now) });
    if ('problems' in outcome) return { status: 'invalid', problems: outcome.problems };
    const next = withDecidedBlocks(memory, new Map([[block.unit, outcome.entry]]));
    await store.writeMemory(request.locale, next);
    const decided = next[memory.indexOf(block.unit)]!;
    return { status: 'saved', item: await this.item(request.locale, request.article, memoryUnitEntry(decided, request.key), project, next) };
  }

  /** The locale's memory units, parsed again only when memory.yaml changed (a save under the lock reads it afresh). */
  private async memory(store: TranslationStore, code: string): Promise<MemoryUnit[]> {
    const file = await stat(join(this.root, memoryStoreFile(code))).catch(() => undefined);
    const stamp = file ? `${file.size}:${file.mtimeMs}` : 'none';
    const known = this.memories.get(code);
    if (known?.stamp === stamp) return known.units;
    const units = await store.readMemory(code);
    this.memories.set(code, { stamp, units });
    return units;
  }

  private store(): TranslationStore {
    return TranslationStore.open(this.root, this.config);
  }

  private locale(code: string) {
    return requireLocale(this.config, code);
  }

  /** The project as it is on disk now: its QA context and its translatable articles' segments. */
  private async load(): Promise<QaProject> {
    return loadQaProject(await requireValidProject(this.root, { saveCache: false }));
  }

  /**
   * Only the translatable articles' segments: progress needs no QA context (tone guides, the
   * Japanese analyser), and the app asks for it after every save.
   */
  private async sources(): Promise<SourceArticle[]> {
    return sourceArticles(await requireValidProject(this.root, { saveCache: false }), await loadDoNotTranslate(this.root));
  }

  /** Store entries matched to the current segments, as `kb status` sees them. */
  private async reconciled(store: TranslationStore, code: string, sources: readonly SourceArticle[], memory: readonly MemoryUnit[] = []): Promise<LoadedArticle[]> {
    const stored = (await store.readAll([code], sources.map((s) => s.article.id))).get(code);
    const blockUnits = blockUnitsByArticle(memory);
    const policy = this.locale(code).publish;
    return sources.map(({ article, segmented }) => {
      const units = blockUnits.get(article.id) ?? [];
      const entries = reconcileArticle(segmented.segments, stored?.get(article.id) ?? []).entries;
      return { id: article.id, segments: segmented.segments, entries, blocks: blockUnitEntries(segmented, units), inBlockUnits: shownBlockCoverage(segmented, units, entries, policy) };
    });
  }

  /**
   * Builds the locale's queue items: with its glossary terms, its memory's sources and the QA
   * findings of all its translations (consistency checks need every one), each computed once.
   */
  private itemBuilder(code: string, articles: LoadedArticle[], context: QaContext, memory: readonly MemoryUnit[]): (article: string, entry: StoreEntry, segment: Segment | undefined) => ReviewItem {
    const terms = approvedTranslations(context.glossary, code);
    const policy = this.locale(code).publish;
    const matchedSources = memorySources(memory, articles);
    const findings = entryFindings(context, code, this.translated(articles));
    return (article, entry, segment) =>
      reviewItem(article, entry, {
        segment,
        terms,
        findings: findings.get(unitId(article, entry.key)) ?? [],
        needsReview: entryNeedsReview(entry, policy),
        matchedSource: entry.target === undefined ? undefined : matchedSources.get(entry.target)?.find((s) => s !== entry.source),
      });
  }

  /**
   * The item of an entry just read or saved under the lock, among the locale's translations as
   * stored now (`written`: the memory a save just wrote, else it is read afresh).
   */
  private async item(code: string, article: string, entry: StoreEntry, { context, sources }: QaProject, written?: MemoryUnit[]): Promise<ReviewItem> {
    const store = this.store();
    const memory = written ?? (await store.readMemory(code));
    const articles = await this.reconciled(store, code, sources, memory);
    const loaded = articles.find((a) => a.id === article);
    const segment = isBlockKey(entry.key) ? loaded?.blocks.find((b) => b.entry.key === entry.key)?.segment : loaded?.segments[loaded.entries.findIndex((e) => e.key === entry.key)];
    return this.itemBuilder(code, articles, context, memory)(article, entry, segment);
  }

  /** Every entry with a target, then the article's whole-block units, with its article and current segment, in article order. */
  private translated(articles: LoadedArticle[]) {
    return articles.flatMap((a) => [
      ...a.entries.map((entry, i) => ({ article: a.id, entry, segment: a.segments[i] })).filter((x) => x.entry.target !== undefined),
      ...a.blocks.map(({ entry, segment }) => ({ article: a.id, entry, segment })),
    ]);
  }
}

/**
 * Sources by target across the locale's memory and store: a fuzzy entry's target was copied
 * from one of them, so its source is what the fuzzy match was made from.
 */
function memorySources(memory: readonly MemoryUnit[], articles: readonly LoadedArticle[]): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const add = (target: string | undefined, source: string) => {
    if (target === undefined) return;
    const list = sources.get(target) ?? [];
    if (!list.includes(source)) list.push(source);
    sources.set(target, list);
  };
  for (const unit of memory) add(unit.target, unit.source);
  for (const entry of articles.flatMap((a) => a.entries)) if (entry.state !== 'fuzzy') add(entry.target, entry.source);
  return sources;
}
