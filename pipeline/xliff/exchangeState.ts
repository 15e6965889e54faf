import { checkPlaceholders } from '../segment/checkPlaceholders.ts';
import { normalizeWhitespace } from '../segment/placeholderText.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import type { PlaceholderProblem, Segment } from '../segment/types.ts';
import type { StoreEntry, TranslationState } from '../store/storeTypes.ts';
import type { Xliff2State, XliffDocument, XliffUnit } from './xliffTypes.ts';

/**
 * How far a translation has come, as a CAT tool can say it: one of the store's confirmed states,
 * or `unconfirmed` — no target yet, a fuzzy match, machine output, a translation of a sentence
 * that has changed since — which the tool shows as a draft to work on.
 */
type ExchangeState = 'unconfirmed' | 'translated' | 'reviewed' | 'approved';

/** An entry's state as an export describes it: the store state, or `outdated` whatever that is. */
export type ExportStatus = TranslationState | 'outdated';

/** What an export offers of a stored entry: its target and status as written into the file. */
export interface ExchangedTranslation {
  target?: string;
  status: ExportStatus;
  /** Why the stored target is left out: how it does not keep the current source's placeholders. */
  unfit?: PlaceholderProblem[];
}

/**
 * The entry as an export writes it. A target that does not keep the current source's placeholders
 * cannot be written as inline codes, so it is left out (with the problems, for the translator's
 * note) and the unit is offered as untranslated.
 */
export function exchangedTranslation(entry: StoreEntry, segment: Pick<Segment, 'placeholders'>): ExchangedTranslation {
  if (entry.target === undefined) return { status: 'new' };
  const unfit = checkPlaceholders(segment, entry.target);
  if (unfit.length > 0) return { status: 'new', unfit };
  return { target: entry.target, status: entry.outdated ? 'outdated' : entry.state };
}

export function exchangeState(status: ExportStatus): ExchangeState {
  return status === 'translated' || status === 'reviewed' || status === 'approved' ? status : 'unconfirmed';
}

/** XLIFF 2 segment `state`, with a `subState` saying what kind of draft an initial one is. */
export function xliff2Status(status: ExportStatus): { state: Xliff2State; subState?: string } {
  if (status === 'approved') return { state: 'final' };
  if (status === 'translated' || status === 'reviewed') return { state: status };
  return status === 'new' ? { state: 'initial' } : { state: 'initial', subState: `kb:${status}` };
}

/**
 * XLIFF 1.2 `<target state>`, `state-qualifier` and `<trans-unit approved>`. 1.2 has no state for a
 * review short of sign-off, so `reviewed` travels as the extension value `x-reviewed`.
 */
export function xliff12Status(status: ExportStatus): { state: string; qualifier?: string; approved?: true } {
  switch (status) {
    case 'approved':
      return { state: 'final', approved: true };
    case 'reviewed':
      return { state: 'x-reviewed' };
    case 'translated':
      return { state: 'translated' };
    case 'machine':
      return { state: 'needs-review-translation', qualifier: 'leveraged-mt' };
    case 'fuzzy':
      return { state: 'needs-review-translation', qualifier: 'fuzzy-match' };
    case 'outdated':
      return { state: 'needs-translation', qualifier: 'x-outdated' };
    case 'new':
      return { state: 'needs-translation' };
  }
}

/**
 * What a unit of a file says of its translation: 2.x `final`, 1.2 `final`, `signed-off` or
 * `approved="yes"` are approved; `reviewed` / `x-reviewed` reviewed; `translated` translated;
 * anything else a draft.
 */
export function unitExchangeState(unit: Pick<XliffUnit, 'state' | 'approved'>, version: XliffDocument['version']): ExchangeState {
  if (version === '2.1') {
    if (unit.state === 'final') return 'approved';
    return unit.state === 'translated' || unit.state === 'reviewed' ? unit.state : 'unconfirmed';
  }
  if (unit.approved || unit.state === 'final' || unit.state === 'signed-off') return 'approved';
  if (unit.state === 'x-reviewed') return 'reviewed';
  return unit.state === 'translated' ? 'translated' : 'unconfirmed';
}

/**
 * A digest of a translation as exchanged: the export records it per unit, so an import can tell
 * what the translator changed from what changed in the store meanwhile. Whitespace is compared as
 * XLIFF readers normalise it.
 */
export function translationHash(target: string | undefined, state: ExchangeState): string {
  return segmentHash(`${state}\n${normalizeWhitespace(target ?? '')}`);
}
