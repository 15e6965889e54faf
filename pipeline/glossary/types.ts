/** The project term base (`glossary/terms.yaml`): what every check, MT glossary and exchange format reads. */

export const termStatuses = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const;
/** ISO 704 / TBX administrative status: use, may use, avoid, never use. */
export type TermStatus = (typeof termStatuses)[number];

/** One target-language rendering of a source term. */
export interface TermTranslation {
  term: string;
  status: TermStatus;
  note?: string;
}

export interface GlossaryTerm {
  /** The English term as writers use it. */
  source: string;
  /** Part of speech (`noun`, `verb`, `adjective`, `phrase`…). */
  pos: string;
  status: TermStatus;
  /** For a deprecated or forbidden English term: what writers use instead. */
  useInstead?: string;
  note?: string;
  /** Match the source and its translations with case (off: `Settings` finds `settings`). */
  caseSensitive: boolean;
  /** Translations per locale code, in the file's order. */
  translations: Record<string, TermTranslation[]>;
  /** Where the term starts in its file, for diagnostics about it. */
  line: number;
}

export interface Glossary {
  /** Brand and product names kept as written in every locale (segmentation protects them). */
  doNotTranslate: string[];
  terms: GlossaryTerm[];
}

/** The translation of a source term a locale should use (see `approvedTranslations`). */
export interface ApprovedTerm {
  source: string;
  target: string;
  caseSensitive: boolean;
}

/** Statuses a translator may use. */
export function isUsable(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted';
}
