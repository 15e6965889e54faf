import type { StoreEntry } from '../store/storeTypes.ts';
import { checkUnits } from './checkUnits.ts';
import { unitId } from './storeUnits.ts';
import type { Finding, QaContext, QaUnit } from './types.ts';

/** A stored entry with the article it belongs to. */
interface ArticleEntry {
  article: string;
  entry: StoreEntry;
}

/**
 * What `kb check`'s translation checks (glossary, tone guide, placeholders, numbers, links,
 * consistency…) find in a locale's stored translations, by unit id (`<article>#<key>`): the QA
 * findings the review app shows and the XLIFF export writes as notes. Every entry with a target is
 * checked, all together so the consistency checks see the others, each against the source it was
 * made from (for an outdated entry, its old source).
 */
export function entryFindings(context: QaContext, locale: string, entries: Iterable<ArticleEntry>): Map<string, Finding[]> {
  const units: QaUnit[] = [];
  for (const { article, entry } of entries) {
    if (entry.target !== undefined) units.push({ id: unitId(article, entry.key), locale, source: entry.source, target: entry.target, article });
  }
  const byUnit = new Map<string, Finding[]>();
  for (const finding of checkUnits(units, context)) {
    const list = byUnit.get(finding.unit);
    if (list) list.push(finding);
    else byUnit.set(finding.unit, [finding]);
  }
  return byUnit;
}
