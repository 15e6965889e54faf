import { approvedTranslations, loadGlossary } from '../../../glossary/loadGlossary.ts';

/** A preferred translation of a glossary term in one locale. */
export interface ApprovedTerm {
  source: string;
  target: string;
  caseSensitive: boolean;
}

/** The project glossary's approved translations for a locale code. */
export type ApprovedTerms = (localeCode: string) => ApprovedTerm[];

/** The approved translations of the project at `root` (pipeline/glossary). */
export async function loadApprovedTerms(root: string): Promise<ApprovedTerms> {
  const glossary = await loadGlossary(root);
  return (localeCode) => approvedTranslations(glossary, localeCode);
}
