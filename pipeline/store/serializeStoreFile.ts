import { Document, isMap, isSeq } from 'yaml';
import type { MemoryFile, MemoryUnit, StoreEntry, StoreFile, Transition } from './storeTypes.ts';

// Reviewers read these files in pull requests: one key order, one line per value, no wrapping.
const entryKeys = ['key', 'hash', 'outdated', 'source', 'currentSource', 'target', 'state', 'origin', 'score', 'numbersRepaired', 'by', 'at', 'history'] as const satisfies readonly (keyof StoreEntry)[];
const transitionKeys = ['at', 'action', 'state', 'by'] as const satisfies readonly (keyof Transition)[];
const unitKeys = ['article', 'key', 'hash', 'source', 'target', 'state', 'origin', 'score', 'by', 'at'] as const satisfies readonly (keyof MemoryUnit)[];

/** The YAML text of an article's store file; the same data always gives the same bytes. */
export function serializeStoreFile(file: StoreFile, sourceFile: string): string {
  const header = ` Polyglot KB translation store · ${file.locale} · ${file.article} · source ${sourceFile}`;
  const segments = file.segments.map((e) => {
    const entry = ordered(e, entryKeys);
    if (e.history) entry.history = e.history.map((t) => ordered(t, transitionKeys) as Transition);
    return entry;
  });
  return toYaml(header, { article: file.article, locale: file.locale, segments }, 'segments');
}

/** The YAML text of a locale's memory.yaml; units are written in the order given. */
export function serializeMemoryFile(file: MemoryFile): string {
  const header = ` Polyglot KB translation memory · ${file.locale} · translations not tied to a current source sentence`;
  return toYaml(header, { locale: file.locale, units: file.units.map((u) => ordered(u, unitKeys)) });
}

function toYaml(header: string, data: object, listKey?: string): string {
  const doc = new Document(data);
  doc.commentBefore = header;
  // One line per history step: `- { at: …, action: approve, state: approved, by: … }`.
  const list = listKey ? doc.get(listKey, true) : undefined;
  if (isSeq(list)) {
    for (const item of list.items) {
      const history = isMap(item) ? item.get('history', true) : undefined;
      if (isSeq(history)) for (const step of history.items) if (isMap(step)) step.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
