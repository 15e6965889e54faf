import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import { normalizeWhitespace } from '../segment/placeholderText.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import type { Segment } from '../segment/types.ts';
import { madeFrom } from '../store/reconcileArticle.ts';
import { recordTransition } from '../store/recordTransition.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import { exchangeState, exchangedTranslation, translationHash, unitExchangeState } from './exchangeState.ts';
import type { XliffDocument, XliffUnit } from './xliffTypes.ts';

type UnitOutcome =
  | { outcome: 'unchanged' }
  | { outcome: 'applied'; entry: StoreEntry }
  /** Not applied: the rule and what is wrong, for the import's report. */
  | { outcome: 'refused'; rule: string; message: string; hint: string };

/** Who imports, and when (UTC ISO 8601, `storeTime`). */
interface ImportChange {
  by: string;
  at: string;
}

/**
 * What a unit of an XLIFF file does to the stored entry of its segment. Refused when its source
 * is not the segment's current one, when its target is empty or does not keep the source's
 * placeholders, or when the translator changed it and a person translated or reviewed it in the
 * store since the export. Unchanged when it says what the store says or what the export said.
 * Otherwise the entry takes its target and state, pinned to the current source, each step
 * recorded with who and when.
 */
export function applyXliffUnit(unit: XliffUnit, version: XliffDocument['version'], entry: StoreEntry, segment: Segment, change: ImportChange): UnitOutcome {
  const refuse = (rule: string, message: string, hint: string): UnitOutcome => ({ outcome: 'refused', rule, message: `${unit.id}: ${message}`, hint });
  if (unit.sourceHash !== undefined && unit.sourceHash !== segment.hash) {
    return refuse('xliff/source-changed', 'the source sentence changed since the export', 'export the file again and translate the sentence as it reads now');
  }
  if (segmentHash(unit.source) !== segment.hash) {
    return refuse('xliff/source-changed', `the source differs from the article's sentence "${segment.text}"`, 'change the source in the article, not in the XLIFF file');
  }
  const state = unitExchangeState(unit, version);
  const proposed = translationHash(unit.target, state);
  const stored = exchangedTranslation(entry, segment);
  const storedState = exchangeState(stored.status);
  const current = translationHash(stored.target, storedState);
  // A tool that dropped kb's metadata leaves nothing to compare with: the store is taken as exported.
  const exported = unit.translationHash ?? current;
  if (proposed === exported || proposed === current) return { outcome: 'unchanged' };
  // A draft the store got meanwhile (machine output, a fuzzy memory match, a rejection) gives way
  // to the translator's work; a person's translation or review since the export does not — nor
  // does an exact or context memory match, which brings the state a person gave that translation.
  if (exported !== current && storedState !== 'unconfirmed') {
    return refuse('xliff/conflict', `changed in the store since the export (now ${entry.state}${entry.by ? ` by ${entry.by}` : ''}${entry.at ? ` at ${entry.at}` : ''})`, 'export the file again, or make this change in kb review');
  }
  if (unit.target === undefined) return refuse('xliff/empty-target', `state ${unit.state ?? 'unset'} but no target`, 'translate the segment, or leave it as exported');
  const problems = checkPlaceholders(segment, unit.target);
  if (problems.length > 0) {
    return refuse('xliff/placeholders', problems.map((p) => p.message).join('; '), 'keep each inline code of the source: paired codes around text, each once');
  }
  const { by, at } = change;
  // The translator worked on the sentence as it reads now, so the entry is pinned to it.
  let next: StoreEntry = { ...madeFrom(entry), hash: segment.hash, source: segment.text };
  if (normalizeWhitespace(unit.target) !== normalizeWhitespace(entry.target ?? '')) {
    next = recordTransition(next, { action: 'import', state: state === 'unconfirmed' ? 'fuzzy' : 'translated', by, at, target: unit.target, origin: 'import:xliff' });
    if (state === 'reviewed') next = recordTransition(next, { action: 'review', state, by, at });
    if (state === 'approved') next = recordTransition(next, { action: 'approve', state, by, at });
  } else if (state === 'unconfirmed') {
    // Set back to a draft in the tool: like a rejection in kb review, the text stays for rework.
    next = recordTransition(next, { action: 'reject', state: 'fuzzy', by, at });
  } else {
    next = recordTransition(next, { action: state === 'approved' ? 'approve' : state === 'reviewed' ? 'review' : 'import', state, by, at });
  }
  return { outcome: 'applied', entry: next };
}
