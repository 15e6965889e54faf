import { Document, isMap, isSeq } from 'yaml';
import type { Glossary, GlossaryTerm } from './types.ts';

/**
 * `glossary/terms.yaml` as `kb glossary import` writes it: the style of the hand-written file (one
 * block per term, translations as flow lists, a bare string for a preferred translation without a
 * note), terms sorted by English term, defaults left out, and `header` kept as the leading comment.
 */
export function serializeGlossary(glossary: Glossary, header?: string): string {
  const doc = new Document({
    doNotTranslate: glossary.doNotTranslate,
    terms: sortTerms(glossary.terms).map(termData),
  });
  const terms = doc.get('terms');
  if (isSeq(terms)) {
    for (const term of terms.items) {
      const translations = isMap(term) ? term.get('translations') : undefined;
      if (isMap(translations)) for (const pair of translations.items) if (isSeq(pair.value)) pair.value.flow = true;
    }
  }
  // Padding reads well inside `{ term: … }`; the lists themselves are written tight, as by hand.
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/^( {6}[a-z-]+: )\[ (.*) \]$/gm, '$1[$2]');
  return header ? `${header}\n${body}` : body;
}

/** The leading `#` comment lines of a YAML file, as written, for `serializeGlossary` to keep. */
export function leadingComment(text: string): string | undefined {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    lines.push(line);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

export function sortTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => a.source.localeCompare(b.source, 'en', { sensitivity: 'base' }) || a.source.localeCompare(b.source, 'en'));
}

function termData(term: GlossaryTerm): Record<string, unknown> {
  const translations = Object.fromEntries(
    Object.entries(term.translations)
      .filter(([, list]) => list.length > 0)
      .map(([locale, list]) => [locale, list.map((t) => (t.status === 'preferred' && !t.note ? t.term : { term: t.term, ...(t.status !== 'preferred' ? { status: t.status } : {}), ...(t.note ? { note: t.note } : {}) }))]),
  );
  return {
    term: term.source,
    pos: term.pos,
    ...(term.status !== 'preferred' ? { status: term.status } : {}),
    ...(term.useInstead ? { useInstead: term.useInstead } : {}),
    ...(term.caseSensitive ? { caseSensitive: true } : {}),
    ...(term.note ? { note: term.note } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}
