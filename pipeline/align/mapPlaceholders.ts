import type { PlaceholderText } from '../segment/joinBlock.ts';
import { renumberPlaceholders } from '../segment/placeholderText.ts';
import type { Placeholder } from '../segment/types.ts';

/**
 * Renumber a translated sentence's placeholders to the source sentence's numbers, pairing them by
 * their markup (the same link URL, the same inline code, `**` with `**`) in order of appearance,
 * so a translator who reordered two links keeps each URL on its own words. Returns the renumbered
 * target, or the markup that has no partner in the source.
 */
export function mapPlaceholders(source: PlaceholderText, target: PlaceholderText): { text: string } | { problem: string } {
  const available = new Map<string, number[]>();
  for (const p of source.placeholders) {
    const list = available.get(markupOf(p)) ?? [];
    list.push(p.id);
    available.set(markupOf(p), list);
  }
  const mapping = new Map<number, number>();
  const literal = new Map<number, string>();
  for (const p of target.placeholders) {
    const id = available.get(markupOf(p))?.shift();
    // A brand name the translator added is plain text there: nothing in the source to protect.
    if (id === undefined && p.kind === 'dnt') literal.set(p.id, p.open);
    else if (id === undefined) return { problem: `inline markup ${describe(p)} is not in the source sentence` };
    else mapping.set(p.id, id);
  }
  // A translation may leave a brand name out ("your account" for "your Lumo account").
  const missing = source.placeholders.filter((p) => p.kind !== 'dnt' && available.get(markupOf(p))?.includes(p.id));
  if (missing[0]) return { problem: `inline markup ${describe(missing[0])} of the source is missing from the translation` };
  return { text: renumberPlaceholders(target.text, (id) => mapping.get(id) ?? id, literal) };
}

function markupOf(p: Placeholder): string {
  return `${p.kind}\u0000${p.open}\u0000${p.close}`;
}

function describe(p: Placeholder): string {
  return p.shape === 'paired' ? `${p.open}…${p.close}` : p.open;
}
