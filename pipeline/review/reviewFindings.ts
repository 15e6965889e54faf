import { checkUnits, type QaContext, type QaUnit } from '../qa/index.ts';
import { unitId } from '../qa/storeUnits.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import type { ReviewFinding } from './reviewItems.ts';

/** A translated entry of one article to check. */
export interface ReviewUnit {
  article: string;
  entry: StoreEntry;
}

/**
 * What the QA checks (`kb check`'s translation checks: glossary, tone guide, placeholders,
 * numbers, links, consistency…) find in each unit, in the units' order. All of a locale's units
 * are checked together, so the consistency checks see every other translation. Each target is
 * checked against the source it was made from, which for an outdated entry is its old source.
 */
export function reviewFindings(context: QaContext, locale: string, units: readonly ReviewUnit[]): ReviewFinding[][] {
  const qaUnits = units.map(({ article, entry }): QaUnit => ({ id: unitId(article, entry.key), locale, source: entry.source, target: entry.target, article }));
  const byUnit = new Map<string, ReviewFinding[]>();
  for (const { unit, check, severity, message, hint } of checkUnits(qaUnits, context)) {
    const list = byUnit.get(unit) ?? [];
    list.push({ check, severity, message, ...(hint ? { hint } : {}) });
    byUnit.set(unit, list);
  }
  return qaUnits.map((unit) => byUnit.get(unit.id) ?? []);
}
