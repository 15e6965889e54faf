/** A preferred translation of a glossary term in one locale. */
export interface ApprovedTerm {
  source: string;
  target: string;
  caseSensitive: boolean;
}

/** The project glossary's approved translations for a locale code. */
export type ApprovedTerms = (localeCode: string) => ApprovedTerm[];

/**
 * The approved translations of the project at `root`. Adapter over the glossary stage
 * (pipeline/glossary/loadGlossary.ts `approvedTranslations`), which is not on main yet: until it
 * lands the glossary has no translated terms (glossary/terms.yaml holds only do-not-translate
 * terms, which segmentation already protects as placeholders).
 */
export async function loadApprovedTerms(_root: string): Promise<ApprovedTerms> {
  return () => [];
}
