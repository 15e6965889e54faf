import type { Glossary } from '../glossary/loadGlossary.ts';

/**
 * Every translation the glossary lists for a locale, paired with its English term, whatever its
 * status: writers must avoid deprecated and forbidden words, but readers still type them
 * (`Kennwort`, `Handy`, `ordenador`), and a question should find the article all the same. A
 * deprecated English term pairs with the term writers use instead.
 */
export function glossaryPairs(glossary: Glossary, locale: string): { source: string; target: string }[] {
  return glossary.terms.flatMap((term) => (term.translations[locale] ?? []).map((translation) => ({ source: term.useInstead ?? term.source, target: translation.term })));
}

/**
 * Source-language words the glossary tells writers not to use, each paired with the term to use
 * instead (`cellphone` → `phone`, `log in` → `sign in`): readers of the source locale still type
 * them, so they are the source locale's own vocabulary.
 */
export function glossarySynonymPairs(glossary: Glossary): { source: string; target: string }[] {
  return glossary.terms.flatMap((term) => (term.useInstead === undefined ? [] : [{ source: term.useInstead, target: term.source }]));
}
