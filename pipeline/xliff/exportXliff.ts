import type { Project } from '../content/loadProject.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { approvedTranslations } from '../glossary/loadGlossary.ts';
import { entryFindings } from '../qa/entryFindings.ts';
import type { QaProject } from '../qa/loadQaContext.ts';
import { unitId } from '../qa/storeUnits.ts';
import { TranslationStore, requireTargetLocale, translationStates, type StoreEntry } from '../store/index.ts';
import { exchangeState, exchangedTranslation, translationHash, type ExportStatus } from './exchangeState.ts';
import { localeSegments } from './localeSegments.ts';
import { translatorNotes } from './translatorNotes.ts';
import { writeXliff, type XliffExportUnit, type XliffVersion } from './writeXliff.ts';

/** What `--state` may select: a store state, or `outdated` (outdated entries whatever their state). */
export const exportFilterStates: readonly ExportStatus[] = [...translationStates, 'outdated'];

interface XliffExportOptions {
  locale: string;
  version: XliffVersion;
  /** Only entries in these states; every entry when absent. */
  states?: readonly ExportStatus[];
  /** Only these articles; every translatable one when absent. */
  articles?: readonly string[];
}

/**
 * One locale's store segments as an XLIFF file for a translator's CAT tool (the project's QA context
 * and segments from loadQaProject): every translatable
 * article (or those asked for) reconciled with its current source, one unit per segment
 * (`<file original="<article>">`, unit id the segment key), with the segment's state, notes (QA
 * findings, glossary and do-not-translate terms, what changed) and the hashes an import checks.
 * Nothing to export is a UserError: an XLIFF file needs at least one unit.
 */
export async function exportXliff(project: Project, { context, sources }: QaProject, options: XliffExportOptions): Promise<{ xml: string; units: number; articles: number }> {
  const { root, config } = project;
  const locale = requireTargetLocale(config, options.locale);
  const locales = new Map(config.locales.map((l) => [l.code, l]));
  const { articles } = await localeSegments(TranslationStore.open(root, config), locale, sources);
  const unknown = options.articles?.filter((id) => !articles.some((a) => a.id === id)) ?? [];
  if (unknown.length > 0) {
    throw new UserError(unknown.map((id) => fileDiagnostic('command line', 'xliff/unknown-article', `"${id}" is not a translatable article`, `use the <category>/<slug> of an article in content/${config.sourceLocale}/ that is no draft and not translate: false`)));
  }
  // Each article's exchanged units in document order: a block kept whole stands where its sentences are.
  const exchanged = articles.map((article) => ({
    article,
    units: [...new Set(article.reconciliation.entries.flatMap((entry, i) => {
      const segment = article.segments[i];
      if (!segment) return [];
      return [article.inBlocks.get(segment.key) ?? { entry, segment }];
    }))],
  }));
  // Every article's translations are checked, so consistency findings see the whole locale.
  const findings = entryFindings(context, locale, exchanged.flatMap(({ article, units }) => units.map(({ entry }) => ({ article: article.id, entry }))));
  const terms = approvedTranslations(context.glossary, locale);
  const wanted = (entry: StoreEntry) => !options.states || options.states.includes(entry.state) || (entry.outdated === true && options.states.includes('outdated'));
  const files = exchanged
    .filter(({ article }) => !options.articles || options.articles.includes(article.id))
    .map(({ article, units }) => ({
      article: article.id,
      units: units.flatMap(({ entry, segment }): XliffExportUnit[] => {
        if (!wanted(entry)) return [];
        const offered = exchangedTranslation(entry, segment);
        const { target, status } = offered;
        const notes = translatorNotes(entry, segment, offered, { findings: findings.get(unitId(article.id, entry.key)) ?? [], terms });
        return [{ key: segment.key, source: segment.text, target, status, placeholders: segment.placeholders, notes, sourceHash: segment.hash, translationHash: translationHash(target, exchangeState(status)) }];
      }),
    }))
    .filter((file) => file.units.length > 0);
  if (files.length === 0) {
    const what = [options.states && `in state ${options.states.join(' or ')}`, options.articles && `in ${options.articles.join(', ')}`].filter(Boolean).join(' ');
    throw new UserError([fileDiagnostic('command line', 'xliff/nothing-to-export', `no ${locale} segment ${what || 'at all'}`, 'choose other --state or --article values')]);
  }
  const source = locales.get(config.sourceLocale);
  const target = locales.get(locale);
  const xml = writeXliff({ srcLang: source?.tag ?? config.sourceLocale, trgLang: target?.tag ?? locale, trgDir: target?.dir ?? 'ltr', files }, options.version);
  return { xml, units: files.reduce((n, f) => n + f.units.length, 0), articles: files.length };
}
