import { findApprovedTerms } from '../glossary/findTerms.ts';
import type { ApprovedTerm } from '../glossary/types.ts';
import type { Finding } from '../qa/types.ts';
import type { Segment } from '../segment/types.ts';
import { isBlockKey } from '../store/blockUnitCoverage.ts';
import type { StoreEntry } from '../store/storeTypes.ts';
import type { ExchangedTranslation } from './exchangeState.ts';
import type { XliffNote } from './writeXliff.ts';

/** What a translator should know about a segment besides its texts. */
interface NoteContext {
  /** QA findings of the stored target (only when it is offered as the target). */
  findings: readonly Finding[];
  /** The locale's approved glossary translations. */
  terms: readonly ApprovedTerm[];
}

/**
 * The notes of one unit (`exchanged`: what the export offers of `entry`), most pressing first: that
 * its source changed since the translation was made, that the stored translation cannot be
 * offered and why, QA findings of the target, then the glossary terms of the source with their
 * approved translations and its do-not-translate terms.
 */
export function translatorNotes(entry: StoreEntry, segment: Segment, exchanged: ExchangedTranslation, { findings, terms }: NoteContext): XliffNote[] {
  const notes: XliffNote[] = [];
  if (entry.outdated) {
    notes.push({ category: 'outdated', appliesTo: 'source', priority: 1, text: `Outdated: the source changed since this translation was made from "${entry.source}"; update it to the source as it reads now.` });
  }
  if (isBlockKey(entry.key)) {
    notes.push({ category: 'block', appliesTo: 'source', priority: 2, text: 'A whole paragraph: its translation splits it into sentences differently, so it is kept and translated as one unit.' });
  }
  if (exchanged.unfit) {
    const problems = exchanged.unfit.map((p) => p.message);
    notes.push({ category: 'stored-translation', appliesTo: 'target', priority: 1, text: `Stored translation, not offered as the target because ${problems.join('; ')}: "${entry.target}"` });
  }
  if (exchanged.target !== undefined) {
    for (const f of findings) {
      notes.push({ category: 'qa', appliesTo: 'target', priority: f.severity === 'error' ? 1 : 2, text: `QA ${f.severity} (${f.check}): ${f.message}${f.hint ? ` (${f.hint})` : ''}` });
    }
  }
  const glossary = new Map(findApprovedTerms(segment.text, terms).map((hit) => [hit.term.source, hit.term.target]));
  for (const [source, target] of glossary) notes.push({ category: 'glossary', appliesTo: 'source', priority: 3, text: `Glossary: ${source} → ${target}` });
  const doNotTranslate = new Set(segment.placeholders.filter((p) => p.kind === 'dnt').map((p) => p.open));
  for (const term of doNotTranslate) notes.push({ category: 'do-not-translate', appliesTo: 'source', priority: 3, text: `Do not translate: ${term}` });
  return notes;
}
