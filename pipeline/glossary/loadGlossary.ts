import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.ts';
import { parseGlossary } from './parseGlossary.ts';
import { isUsable, type ApprovedTerm, type Glossary } from './types.ts';

export type { ApprovedTerm, Glossary, GlossaryTerm, TermStatus, TermTranslation } from './types.ts';

/** Where the glossary lives in a project; segmentation reads its doNotTranslate list too. */
export const glossaryFile = 'glossary/terms.yaml';

/** The project's glossary (empty when there is none); a malformed file is a UserError with `file:line:col`. */
export async function loadGlossary(root: string): Promise<Glossary> {
  let text;
  try {
    text = await readFile(join(root, glossaryFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { doNotTranslate: [], terms: [] };
    throw error;
  }
  const { glossary, diagnostics } = parseGlossary(glossaryFile, text);
  if (!glossary) throw new UserError(diagnostics);
  return glossary;
}

/**
 * The translation of each usable source term in a locale that MT glossaries and the compliance
 * check should prefer: its first preferred translation, else its first admitted one. Forbidden
 * source terms have none (writers must not use them); neither do terms the locale has not translated.
 */
export function approvedTranslations(glossary: Glossary, localeCode: string): ApprovedTerm[] {
  return glossary.terms.flatMap((term) => {
    if (term.status === 'forbidden') return [];
    const options = (term.translations[localeCode] ?? []).filter((t) => isUsable(t.status));
    const chosen = options.find((t) => t.status === 'preferred') ?? options[0];
    return chosen ? [{ source: term.source, target: chosen.term, caseSensitive: term.caseSensitive }] : [];
  });
}
