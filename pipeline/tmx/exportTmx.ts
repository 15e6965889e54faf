import type { KbConfig } from '../config/defineConfig.ts';
import type { Segment } from '../segment/types.ts';
import type { MemoryUnit, StoreEntry, TranslationStore } from '../store/index.ts';
import type { NativeCodes } from './tmxInline.ts';
import { writeTmx, type TmxUnit } from './writeTmx.ts';

/**
 * Every translation of one locale as TMX 1.4b: the article files (tuid `<article>#<key>`, state
 * and origin as props; placeholders carry the source Markdown as native code where the source
 * still has that sentence) followed by memory.yaml. Untranslated entries are left out.
 */
export async function exportTmx(
  config: KbConfig,
  store: TranslationStore,
  localeCode: string,
  currentSegments: ReadonlyMap<string, Segment[]>,
  toolVersion: string,
): Promise<{ xml: string; units: number }> {
  const locale = config.locales.find((l) => l.code === localeCode);
  const source = config.locales.find((l) => l.code === config.sourceLocale);
  if (!locale || !source) throw new Error(`exportTmx: locale ${localeCode} is not configured`);
  const unit = (e: StoreEntry | MemoryUnit, id: string | undefined, codes: NativeCodes | undefined): TmxUnit => ({
    id,
    sourceLang: source.tag,
    targetLang: locale.tag,
    source: e.source,
    target: e.target as string,
    codes,
    props: { state: e.state, ...(e.origin ? { origin: e.origin } : {}), ...(e.score !== undefined ? { score: String(e.score) } : {}) },
    changedAt: e.at,
    changedBy: e.by,
  });
  const units: TmxUnit[] = [];
  for (const articleId of await store.articles(localeCode)) {
    const byHash = new Map((currentSegments.get(articleId) ?? []).map((s) => [s.hash, s]));
    for (const entry of await store.read(localeCode, articleId)) {
      if (entry.target === undefined) continue;
      const segment = byHash.get(entry.hash);
      const codes = segment ? new Map(segment.placeholders.map((p) => [p.id, { open: p.open, close: p.close }])) : undefined;
      units.push(unit(entry, `${articleId}#${entry.key}`, codes));
    }
  }
  for (const m of await store.readMemory(localeCode)) {
    units.push(unit(m, m.article && m.key ? `${m.article}#${m.key}` : undefined, undefined));
  }
  return { xml: writeTmx(units, { srcLang: source.tag, toolVersion }), units: units.length };
}
