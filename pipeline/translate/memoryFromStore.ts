import type { KbConfig } from '../config/defineConfig.ts';
import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import { placeholdersInText } from '../segment/placeholderText.ts';
import { outranks, type MemoryUnit, type StoreEntry, type TranslationState } from '../store/index.ts';
import { TranslationMemory, contextKey, type TmOrigin, type TmUnit } from '../tm/index.ts';

/** States a translation must have to be reused from the memory: a person made or checked it. */
const reusableStates: ReadonlySet<TranslationState> = new Set(['translated', 'reviewed', 'approved']);

const epoch = '1970-01-01T00:00:00Z';

/** A stored translation as the store recorded it: how far it got in review, who took it there. */
export type StoreRecord = Pick<StoreEntry, 'state' | 'origin' | 'by' | 'at' | 'history'>;

/** The translation memory of a locale, and the store records behind its units. */
export interface StoreMemory {
  tm: TranslationMemory;
  /** The most reviewed (then latest) record translating the source with this hash as `target`. */
  recordOf(hash: string, target: string): StoreRecord | undefined;
}

/**
 * Whether a stored target keeps the placeholders of the source it translates. The store keeps
 * only that source's text, which does not say what a standalone `{n}` stands for: it may be a
 * do-not-translate term, which a target may leave out or repeat, so that much is forgiven here.
 * A lookup still checks each target against the sentence it would fill, whose placeholders are known.
 */
function fitsOwnSource(source: string, target: string): boolean {
  const placeholders = placeholdersInText(source).map((p) => (p.shape === 'standalone' ? { ...p, kind: 'dnt' as const } : p));
  return checkPlaceholders({ placeholders }, target).length === 0;
}

function originOf(origin: string | undefined): TmOrigin {
  if (origin?.startsWith('import:')) return 'import';
  if (origin?.startsWith('mt:')) return 'machine';
  return 'human';
}

/**
 * The translation memory of one locale, built from the store: every article file (with each
 * entry's neighbours as context, outdated entries included — their old source and target are
 * still a valid pair) and memory.yaml. Machine and fuzzy targets are left out until reviewed, and
 * so is a target whose placeholders do not fit its own source (checked here, once per entry): it
 * would never be shown, so it must not hide a usable match.
 */
export function memoryFromStore(config: KbConfig, locale: string, articles: ReadonlyMap<string, StoreEntry[]>, memory: MemoryUnit[]): StoreMemory {
  const tm = new TranslationMemory({
    sourceLocale: config.sourceLocale,
    localeTags: Object.fromEntries(config.locales.map((l) => [l.code, l.tag])),
  });
  const records = new Map<string, StoreRecord>();
  const add = (u: MemoryUnit | StoreEntry, target: string, context?: string) => {
    if (!reusableStates.has(u.state) || !fitsOwnSource(u.source, target)) return;
    const unit: TmUnit = {
      sourceLocale: config.sourceLocale,
      targetLocale: locale,
      source: u.source,
      target,
      sourceHash: u.hash,
      contextKey: context,
      origin: originOf(u.origin),
      state: u.state === 'approved' || u.state === 'reviewed' ? u.state : 'translated',
      updatedAt: u.at ?? epoch,
    };
    tm.add(unit);
    // The memory offers one unit per place; the reviewed copy of the same pair must not be lost to a newer one.
    const id = `${u.hash}\u0000${target}`;
    const kept = records.get(id);
    if (!kept || outranks(u, kept)) records.set(id, u);
  };
  for (const m of memory) add(m, m.target);
  for (const [articleId, entries] of articles) {
    entries.forEach((entry, i) => {
      if (entry.target !== undefined) add(entry, entry.target, contextKey(entries[i - 1]?.source, entry.source, entries[i + 1]?.source, articleId));
    });
  }
  return { tm, recordOf: (hash, target) => records.get(`${hash}\u0000${target}`) };
}
