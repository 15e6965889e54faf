import { tokenizePlaceholders } from '../../segment/placeholderText.ts';
import type { QaCheck } from '../types.ts';
import { placeholdersOf, proseOf } from './text.ts';

// A URL does not end in sentence punctuation or the ) of a Markdown link around it.
const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'）」]*[^\s<>"'）」.,;:!?。、)\]]/giu;

/** URLs written out in a text. */
function urlsOf(text: string): string[] {
  return proseOf(text).match(URL) ?? [];
}

/** Links of the source kept: each URL as written, each link placeholder around some text. */
export const links: QaCheck = {
  id: 'links',
  severity: 'error',
  description: 'URLs and links of the source kept unchanged, no new ones',
  target(unit, context, report) {
    const source = urlsOf(unit.source);
    const target = urlsOf(unit.target);
    for (const url of source) if (!target.includes(url)) report(unit, { message: `the link ${url} is missing or changed`, hint: 'keep every URL exactly as in the source' });
    for (const url of target) if (!source.includes(url)) report(unit, { message: `the translation adds the link ${url}, which the source does not have`, hint: 'links come from the source; remove it' });
    // A link placeholder must still wrap words, or the reader gets an empty, invisible link.
    const tokens = tokenizePlaceholders(unit.target);
    for (const link of placeholdersOf(unit.source, context).filter((p) => p.kind === 'link' && p.shape === 'paired')) {
      const open = tokens.findIndex((t) => t.type === 'open' && t.id === link.id);
      const close = tokens.findIndex((t) => t.type === 'close' && t.id === link.id);
      if (open === -1 || close <= open) continue;
      const inner = tokens.slice(open + 1, close).some((t) => t.type === 'text' && /[\p{L}\p{N}]/u.test(t.value));
      if (!inner) report(unit, { message: `the link {${link.id}}…{/${link.id}} has no text`, hint: 'put the words the reader clicks between the markers' });
    }
  },
};
