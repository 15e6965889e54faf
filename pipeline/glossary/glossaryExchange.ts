import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { sortTerms } from './serializeGlossary.ts';
import type { Glossary, GlossaryTerm } from './types.ts';

/** A term as an exchange file gives it: TBX cannot say whether matching is case-sensitive. */
export type ImportedTerm = Omit<GlossaryTerm, 'caseSensitive'> & { caseSensitive?: boolean };

/** What a TBX or CSV reader found: terms to merge, or the problems that stop the import. */
export interface GlossaryExchange {
  terms: ImportedTerm[];
  /** Errors stop the import (nothing is written); warnings are printed. */
  diagnostics: Diagnostic[];
  /** Language tags no configured locale matches, with how many term groups each had. */
  skippedLanguages: Record<string, number>;
}

export interface GlossaryMerge {
  glossary: Glossary;
  added: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Merge imported terms into the glossary. A term is the same when its English form is, else when it
 * is but for case (TBX cannot say a term is case-sensitive, so `settings` updates `Settings`). The import is the authority for what it holds: its part of
 * speech, status and note, and the whole list of translations of every locale it has; locales it
 * lacks, terms it lacks and a term's case sensitivity (which TBX cannot carry) stay as they were.
 */
export function mergeGlossary(glossary: Glossary, imported: readonly ImportedTerm[]): GlossaryMerge {
  const terms = [...glossary.terms];
  const added: string[] = [];
  const updated: string[] = [];
  let unchanged = 0;
  for (const incoming of imported) {
    const exact = terms.findIndex((t) => t.source === incoming.source);
    const index = exact !== -1 ? exact : terms.findIndex((t) => t.source.toLowerCase() === incoming.source.toLowerCase());
    if (index === -1) {
      terms.push({ ...incoming, caseSensitive: incoming.caseSensitive ?? false });
      added.push(incoming.source);
      continue;
    }
    const current = terms[index] as GlossaryTerm;
    const merged: GlossaryTerm = {
      ...current,
      caseSensitive: incoming.caseSensitive ?? current.caseSensitive,
      pos: incoming.pos,
      status: incoming.status,
      useInstead: incoming.useInstead ?? current.useInstead,
      note: incoming.note ?? current.note,
      translations: { ...current.translations, ...incoming.translations },
    };
    if (merged.useInstead === undefined) delete merged.useInstead;
    if (merged.note === undefined) delete merged.note;
    if (JSON.stringify(comparable(merged)) === JSON.stringify(comparable(current))) unchanged++;
    else {
      terms[index] = merged;
      updated.push(current.source);
    }
  }
  return { glossary: { doNotTranslate: glossary.doNotTranslate, terms: sortTerms(terms) }, added, updated, unchanged };
}

function comparable(term: GlossaryTerm): unknown {
  const { line: _line, translations, ...rest } = term;
  return { ...rest, translations: Object.fromEntries(Object.entries(translations).sort(([a], [b]) => a.localeCompare(b))) };
}
