import { findApprovedTerms, type TermHit } from '../glossary/findTerms.ts';
import type { ApprovedTerm } from '../glossary/types.ts';
import { tokenizePlaceholders } from '../segment/placeholderText.ts';
import type { Placeholder } from '../segment/types.ts';

/**
 * Segment text cut up for display: literal text (raw, braces still doubled, so joining the parts
 * gives the text back), optionally a glossary term, and placeholder tokens the editor keeps whole.
 */
export type TextPart =
  | { type: 'text'; text: string; term?: string }
  | { type: 'placeholder'; token: string; id: number; role: 'open' | 'close' | 'standalone'; label: string };

/** `text` as parts; `terms` (source text only) mark each glossary term with its approved translation. */
export function textParts(text: string, placeholders: readonly Placeholder[], terms: readonly ApprovedTerm[] = []): TextPart[] {
  const byId = new Map(placeholders.map((p) => [p.id, p]));
  const termSpans = findApprovedTerms(text, terms);
  const parts: TextPart[] = [];
  for (const token of tokenizePlaceholders(text)) {
    const raw = text.slice(token.start, token.end);
    if (token.type === 'open' || token.type === 'close') {
      const placeholder = byId.get(token.id);
      const role = token.type === 'close' ? 'close' : placeholder?.shape === 'standalone' ? 'standalone' : 'open';
      parts.push({ type: 'placeholder', token: raw, id: token.id, role, label: placeholderLabel(token.id, role, placeholder) });
      continue;
    }
    parts.push(...splitByTerms(raw, token.start, termSpans));
  }
  return parts;
}

/** What a chip says: its number and what it stands for (`2 code: npm install`), so a reviewer knows where it goes. */
function placeholderLabel(id: number, role: 'open' | 'close' | 'standalone', placeholder: Placeholder | undefined): string {
  if (role === 'close') return `/${id}`;
  if (!placeholder) return `${id} ?`;
  if (role === 'standalone' && (placeholder.kind === 'code' || placeholder.kind === 'dnt' || placeholder.kind === 'url')) {
    return `${id} ${placeholder.kind}: ${placeholder.open.replace(/^`+|`+$/g, '')}`;
  }
  return `${id} ${placeholder.kind}`;
}

function splitByTerms(raw: string, offset: number, spans: readonly TermHit[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of spans) {
    const start = span.start - offset;
    const end = span.end - offset;
    if (end <= at || start >= raw.length) continue;
    if (start > at) parts.push({ type: 'text', text: raw.slice(at, start) });
    parts.push({ type: 'text', text: raw.slice(Math.max(start, at), Math.min(end, raw.length)), term: span.term.target });
    at = Math.min(end, raw.length);
  }
  if (at < raw.length) parts.push({ type: 'text', text: raw.slice(at) });
  return parts;
}
