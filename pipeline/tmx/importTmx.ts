import { readFile } from 'node:fs/promises';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError, fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { segmentHash } from '../segment/index.ts';
import { storeTime, translationStates, type MemoryUnit, type TranslationState, type TranslationStore } from '../store/index.ts';
import { matchLocale } from './matchLocale.ts';
import { readTmx } from './readTmx.ts';

export interface TmxImportResult {
  /** Units added per locale code. */
  units: Record<string, number>;
  /** Languages in the file that no configured target locale matches, with their unit counts. */
  skippedLanguages: Record<string, number>;
}

/**
 * Import a TMX file into the locales' memory.yaml (origin `import:tmx`), where `kb translate`
 * finds them as exact and fuzzy matches. Validates the whole file first: on any problem, or when
 * no unit fits a configured locale, nothing is written.
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
  for (const unit of parsed.units) {
    const locale = matchLocale(unit.targetLang, targets);
    if (!locale) {
      skippedLanguages[unit.targetLang] = (skippedLanguages[unit.targetLang] ?? 0) + 1;
      continue;
    }
    const state = translationStates.includes(unit.props?.state as TranslationState) && unit.props?.state !== 'new' ? (unit.props?.state as TranslationState) : 'translated';
    const list = byLocale.get(locale.code) ?? [];
    list.push({ hash: segmentHash(unit.source), source: unit.source, target: unit.target, state, origin: 'import:tmx', by: unit.changedBy ?? 'kb tm import', at: unit.changedAt ?? at });
    byLocale.set(locale.code, list);
  }
  if (byLocale.size === 0 && problems.length === 0) {
    const found = Object.keys(skippedLanguages).join(', ') || 'none';
    problems.push(fileDiagnostic(displayPath, 'tmx/no-target-locale', `no unit has a target language of this project (found: ${found})`, `configured targets: ${targets.map((l) => l.tag).join(', ')}`));
  }
  if (problems.length > 0) throw new UserError(problems);
  const units: Record<string, number> = {};
  for (const [code, list] of byLocale) {
    await store.writeMemory(code, [...(await store.readMemory(code)), ...list]);
    units[code] = list.length;
  }
  return { units, skippedLanguages };
}
