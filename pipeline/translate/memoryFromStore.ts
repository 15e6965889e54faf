import type { KbConfig } from '../config/defineConfig.ts';
import type { MemoryUnit, StoreEntry, TranslationState } from '../store/index.ts';
import { TranslationMemory, contextKey, type TmOrigin, type TmUnit } from '../tm/index.ts';

/** States a translation must have to be reused from the memory: a person made or checked it. */
const reusableStates: ReadonlySet<TranslationState> = new Set(['translated', 'reviewed', 'approved']);

const epoch = '1970-01-01T00:00:00Z';

function originOf(origin: string | undefined): TmOrigin {
  if (origin?.startsWith('import:')) return 'import';
  if (origin?.startsWith('mt:')) return 'machine';
  return 'human';
}

/**
 * The translation memory of one locale, built from the store: every article file (with each
 * entry's neighbours as context, outdated entries included — their old source and target are
 * still a valid pair) and memory.yaml. Machine and fuzzy targets are left out until reviewed.
 */
export function memoryFromStore(
  config: KbConfig,
  locale: string,
  articles: ReadonlyMap<string, StoreEntry[]>,
  memory: MemoryUnit[],
): TranslationMemory {
  const tm = new TranslationMemory({
    sourceLocale: config.sourceLocale,
    localeTags: Object.fromEntries(config.locales.map((l) => [l.code, l.tag])),
  });
  const unit = (u: Pick<StoreEntry, 'hash' | 'source' | 'state' | 'origin' | 'at'>, target: string, context?: string): TmUnit => ({
    sourceLocale: config.sourceLocale,
    targetLocale: locale,
    source: u.source,
    target,
    sourceHash: u.hash,
    contextKey: context,
    origin: originOf(u.origin),
    state: u.state === 'approved' || u.state === 'reviewed' ? u.state : 'translated',
    updatedAt: u.at ?? epoch,
  });
  for (const m of memory) {
    if (reusableStates.has(m.state)) tm.add(unit(m, m.target));
  }
  for (const [articleId, entries] of articles) {
    entries.forEach((entry, i) => {
      if (entry.target === undefined || !reusableStates.has(entry.state)) return;
      tm.add(unit(entry, entry.target, contextKey(entries[i - 1]?.source, entry.source, entries[i + 1]?.source, articleId)));
    });
  }
  return tm;
}
