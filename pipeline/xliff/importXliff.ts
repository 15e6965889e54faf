import { readFile } from 'node:fs/promises';
import type { Project } from '../content/loadProject.ts';
import { UserError, fileDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { sourceArticles } from '../qa/loadQaContext.ts';
import { TranslationStore, isBlockKey, loadDoNotTranslate, storeTime, withDecidedBlocks, type MemoryUnit, type StoreEntry } from '../store/index.ts';
import { matchLocale } from '../tmx/matchLocale.ts';
import { applyXliffUnit } from './applyXliffUnit.ts';
import { localeSegments, type LocaleArticle } from './localeSegments.ts';
import { parseXliff } from './readXliff.ts';

interface XliffImportReport {
  /** The configured locale the file's target language matched. */
  locale: string;
  applied: number;
  unchanged: number;
  /** One diagnostic (or more) per unit that was not applied, at the unit's line. */
  refused: Diagnostic[];
  refusedUnits: number;
}

/** The import's last line: `de: 3 applied, 40 unchanged, 1 refused`. */
export function importSummary(report: XliffImportReport): string {
  return `${report.locale}: ${report.applied} applied, ${report.unchanged} unchanged, ${report.refusedUnits} refused`;
}

interface XliffImportOptions {
  /** Recorded as `by` on every change. */
  by: string;
  now?: Date;
}

/**
 * Apply an XLIFF 2.x or 1.2 file from a CAT tool to the translation store of the locale its target
 * language names. A file that is not well-formed XLIFF, or whose languages the project does not
 * have, is a UserError and changes nothing. Otherwise each unit is checked on its own (see
 * applyXliffUnit): the sound ones are applied, under the store lock, each article written
 * atomically (a block kept whole, `<article>#b<n>`, to its unit in memory.yaml); the others are
 * refused and reported as `file:line:col  rule  message (hint)`.
 */
export async function importXliff(project: Project, path: string, displayPath: string, options: XliffImportOptions): Promise<XliffImportReport> {
  const { root, config } = project;
  let xml;
  try {
    xml = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError([fileDiagnostic(displayPath, 'xliff/unreadable', `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'pass the path of an XLIFF file')]);
  }
  const { document, fileProblems, unitProblems } = parseXliff(xml, displayPath);
  if (fileProblems.length > 0) throw new UserError(sortDiagnostics(fileProblems));
  const source = config.locales.find((l) => l.code === config.sourceLocale);
  const targets = config.locales.filter((l) => l.code !== config.sourceLocale);
  if (!source || !matchLocale(document.srcLang, [source])) {
    throw new UserError([fileDiagnostic(displayPath, 'xliff/source-language', `the file translates from "${document.srcLang}", not from the project's source language ${source?.tag}`, 'export the file from this project with kb xliff export')]);
  }
  const locale = matchLocale(document.trgLang, targets);
  if (!locale) {
    const what = document.trgLang ? `into "${document.trgLang}", which is no target locale of kb.config.ts` : 'into no language (the file names no target language)';
    throw new UserError([fileDiagnostic(displayPath, 'xliff/unknown-locale', `the file translates ${what}`, `configured: ${targets.map((l) => l.tag).join(', ')}`)]);
  }

  const store = TranslationStore.open(root, config);
  const change = { by: options.by, at: storeTime(options.now ?? new Date()) };
  return store.withLock(async () => {
    // Read under the lock, so nothing changes between the checks and the writes.
    const { articles: list, memory } = await localeSegments(store, locale.code, sourceArticles(project, await loadDoNotTranslate(root)));
    const articles = new Map(list.map((a) => [a.id, a]));
    const report: XliffImportReport = { locale: locale.code, applied: 0, unchanged: 0, refused: [], refusedUnits: 0 };
    const changed = new Set<LocaleArticle>();
    const decidedBlocks = new Map<MemoryUnit, StoreEntry>();
    const seen = new Set<string>();
    document.units.forEach((unit, unitIndex) => {
      const refuse = (diagnostics: Diagnostic[]) => {
        report.refused.push(...diagnostics);
        report.refusedUnits++;
      };
      const atUnit = (rule: string, message: string, hint: string): Diagnostic => ({ file: displayPath, line: unit.line, column: unit.column, rule, message, hint, severity: 'error' });
      const problems = unitProblems.get(unitIndex);
      if (problems) return refuse(problems);
      if (seen.has(unit.id)) return refuse([atUnit('xliff/duplicate-unit', `${unit.id} is in the file twice`, 'keep one unit per segment')]);
      seen.add(unit.id);
      const split = unit.id.lastIndexOf('#');
      const article = articles.get(unit.id.slice(0, Math.max(split, 0)));
      const key = unit.id.slice(split + 1);
      const position = article?.segments.findIndex((s) => s.key === key) ?? -1;
      const block = article && isBlockKey(key) ? [...article.inBlocks.values()].find((b) => b.entry.key === key) : undefined;
      const segment = block?.segment ?? article?.segments[position];
      const entry = block?.entry ?? article?.reconciliation.entries[position];
      if (article && isBlockKey(key) && !block) {
        return refuse([atUnit('xliff/unknown-unit', `${unit.id} is no block kept whole any more: the block changed, or one of its sentences has a translation of its own`, 'export the file again and translate the block sentence by sentence')]);
      }
      if (!article || !segment || !entry) {
        return refuse([atUnit('xliff/unknown-unit', `${unit.id} is no segment of a translatable article`, 'units are <file original="<article id>"> and <unit id="<segment key>">; export the file again if the article changed')]);
      }
      const outcome = applyXliffUnit(unit, document.version, entry, segment, change);
      if (outcome.outcome === 'refused') return refuse([atUnit(outcome.rule, outcome.message, outcome.hint)]);
      if (outcome.outcome === 'unchanged') {
        report.unchanged++;
        return;
      }
      if (block) decidedBlocks.set(block.unit, outcome.entry);
      else {
        article.reconciliation.entries[position] = outcome.entry;
        changed.add(article);
      }
      report.applied++;
    });
    // Blocks first: saving an article reads memory.yaml again to add the translations it retires.
    if (decidedBlocks.size > 0) await store.writeMemory(locale.code, withDecidedBlocks(memory, decidedBlocks));
    for (const article of changed) await store.saveArticle(locale.code, article.id, article.reconciliation);
    report.refused = sortDiagnostics(report.refused);
    return report;
  });
}
