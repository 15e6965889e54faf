import { readFile } from 'node:fs/promises';
import type { KbConfig } from '../config/defineConfig.ts';
import { plural } from '../cli/plural.ts';
import { UserError, fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkPlaceholders, segmentHash } from '../segment/index.ts';
import { placeholdersInText } from '../segment/placeholderText.ts';
import { storeTime, translationStates, type MemoryUnit, type TranslationState, type TranslationStore } from '../store/index.ts';
import { matchLocale } from './matchLocale.ts';
import { readTmx, skipUnit, type SkippedUnits } from './readTmx.ts';

interface TmxImportResult {
  /** Units added per locale code. */
  units: Record<string, number>;
  /** Languages in the file that no configured target locale matches, with their unit counts. */
  skippedLanguages: Record<string, number>;
  /** Units left out for other reasons, per rule: no source variant, empty target, broken placeholders. */
  skipped: SkippedUnits;
}

/**
 * Import a TMX file into the locales' memory.yaml (origin `import:tmx`), where `kb translate`
 * finds them as exact and fuzzy matches. Validates the whole file first: on any problem, or when
 * no unit can be imported, nothing is written. A target must keep its source's placeholders, as
 * every target in the store must; units that cannot be used are counted, per reason.
 */
export async function importTmx(
  config: KbConfig,
  store: TranslationStore,
  path: string,
  displayPath: string,
  options: { locales?: string[]; now?: () => Date } = {},
): Promise<TmxImportResult> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch {
    throw new UserError([fileDiagnostic(displayPath, 'tmx/unreadable', 'cannot read the file', 'check the path')]);
  }
  const source = config.locales.find((l) => l.code === config.sourceLocale);
  const parsed = readTmx(xml, displayPath, source?.tag ?? config.sourceLocale);
  if (parsed.diagnostics.length > 0) throw new UserError(parsed.diagnostics);
  const problems: Diagnostic[] = [];
  if (matchLocale(parsed.srcLang, config.locales)?.code !== config.sourceLocale) {
    problems.push(fileDiagnostic(displayPath, 'tmx/source-language', `the file's source language is ${parsed.srcLang}, the project's is ${source?.tag}`, 'export the TMX with the project source language as srclang'));
  }
  const targets = config.locales.filter((l) => l.code !== config.sourceLocale && (!options.locales || options.locales.includes(l.code)));
  const at = storeTime((options.now ?? (() => new Date()))());
  const byLocale = new Map<string, MemoryUnit[]>();
  const skippedLanguages: Record<string, number> = {};
  const skipped = parsed.skipped;
  for (const unit of parsed.units) {
    const locale = matchLocale(unit.targetLang, targets);
    if (!locale) {
      skippedLanguages[unit.targetLang] = (skippedLanguages[unit.targetLang] ?? 0) + 1;
      continue;
    }
    const [problem] = checkPlaceholders({ placeholders: placeholdersInText(unit.source) }, unit.target);
    if (problem) {
      skipUnit(skipped, 'tmx/placeholders', `its target does not keep the source's placeholders (${problem.message})`);
      continue;
    }
    const state = translationStates.includes(unit.props?.state as TranslationState) && unit.props?.state !== 'new' ? (unit.props?.state as TranslationState) : 'translated';
    const list = byLocale.get(locale.code) ?? [];
    list.push({ hash: segmentHash(unit.source), source: unit.source, target: unit.target, state, origin: 'import:tmx', by: unit.changedBy ?? 'kb tm import', at: unit.changedAt ?? at });
    byLocale.set(locale.code, list);
  }
  if (byLocale.size === 0 && problems.length === 0) {
    const reasons = [
      ...Object.values(skipped).map((s) => `${plural(s.count, 'unit')} skipped: ${s.reason}`),
      ...Object.entries(skippedLanguages).map(([lang, n]) => `${plural(n, 'unit')} in ${lang}, which no configured locale matches`),
    ];
    problems.push(
      fileDiagnostic(displayPath, 'tmx/nothing-to-import', `no unit can be imported: ${reasons.join('; ') || 'the file has no <tu>'}`, `configured targets: ${targets.map((l) => l.tag).join(', ')}`),
    );
  }
  if (problems.length > 0) throw new UserError(problems);
  const units: Record<string, number> = {};
  for (const [code, list] of byLocale) {
    await store.writeMemory(code, [...(await store.readMemory(code)), ...list]);
    units[code] = list.length;
  }
  return { units, skippedLanguages, skipped };
}
