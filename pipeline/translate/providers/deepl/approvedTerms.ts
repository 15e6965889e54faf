import { fileURLToPath } from 'node:url';

/** A preferred translation of a glossary term in one locale. */
export interface ApprovedTerm {
  source: string;
  target: string;
  caseSensitive: boolean;
}

/** The project glossary's approved translations for a locale code. */
export type ApprovedTerms = (localeCode: string) => ApprovedTerm[];

/** The part of the glossary stage (pipeline/glossary/loadGlossary.ts) this provider uses. */
interface GlossaryStage {
  loadGlossary(root: string): Promise<unknown>;
  approvedTranslations(glossary: unknown, localeCode: string): ApprovedTerm[];
}

// Through a variable so the type checker does not require the module: see loadApprovedTerms.
const glossaryStage = new URL('../../../glossary/loadGlossary.ts', import.meta.url);

/**
 * The approved translations of the project at `root`, from the glossary stage. That stage is being
 * built alongside this provider; until its module exists the glossary has no translated terms
 * (glossary/terms.yaml then holds only do-not-translate terms, which segmentation already turns
 * into placeholders, so they need no DeepL glossary entry). A broken glossary file is a UserError.
 */
export async function loadApprovedTerms(root: string): Promise<ApprovedTerms> {
  let stage: GlossaryStage;
  try {
    stage = (await import(glossaryStage.href)) as GlossaryStage;
  } catch (error) {
    const missing = `Cannot find module '${fileURLToPath(glossaryStage)}'`;
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.startsWith(missing)) return () => [];
    throw error;
  }
  const glossary = await stage.loadGlossary(root);
  return (localeCode) => stage.approvedTranslations(glossary, localeCode);
}
