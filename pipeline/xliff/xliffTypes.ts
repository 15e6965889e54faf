/** What `readXliff` makes of an XLIFF 2.x or 1.2 file: the units, texts in the store's placeholder form. */

export interface XliffDocument {
  /** `2.1` for any XLIFF 2.x document (2.0 and 2.1 share the core), `1.2` for 1.2. */
  version: '2.1' | '1.2';
  /** `srcLang`/`trgLang` (2.x), `source-language`/`target-language` (1.2), as written. */
  srcLang: string;
  trgLang: string;
  units: XliffUnit[];
}

export interface XliffUnit {
  /** `<file original>#<unit id>` when the file names its original (`account/reset-password#b2.s0`), else the unit id. */
  id: string;
  /** Placeholder text (`Open {1}Settings{/1}`, `{2}`), whitespace normalised. */
  source: string;
  /** Absent when the unit has no target or an empty one. */
  target?: string;
  /** The document's own value: 2.x `initial|translated|reviewed|final`, 1.2 `<target state>` (`needs-translation`, `signed-off`…). */
  state?: string;
  /** 2.x `subState`, 1.2 `state-qualifier` (`kb:machine`, `mt-suggestion`). */
  subState?: string;
  /** 1.2 `<trans-unit approved="yes">`. */
  approved?: boolean;
  notes: string[];
  /**
   * What kb recorded at export (2.x `<mda:metaGroup category="kb">`, 1.2 `<context-group name="kb">`):
   * the hash of the source sentence, and of the translation as exported (see exchangeState.ts).
   */
  sourceHash?: string;
  translationHash?: string;
  /** Where the `<unit>` / `<trans-unit>` starts, for diagnostics. */
  line: number;
  column: number;
}

export const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';
export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
/** The XLIFF 2 Metadata module, which tools keep with a unit: kb records its hashes there. */
export const xliffMetadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** XLIFF 2 core `state` values, in workflow order. */
export const xliff2States = ['initial', 'translated', 'reviewed', 'final'] as const;
export type Xliff2State = (typeof xliff2States)[number];

/** XLIFF 1.2 `<target state>` values (the spec's list). */
export const xliff12States = [
  'new',
  'needs-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-review-translation',
  'translated',
  'signed-off',
  'final',
] as const;
