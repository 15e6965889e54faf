import { tokenizePlaceholders } from '../segment/placeholderText.ts';
import { escapeMarkup } from './escapeMarkup.ts';

/** How an exchange format writes placeholders as its inline elements. */
interface InlineElements {
  /** `{n}` that a `{/n}` closes later in the text. */
  open(id: number): string;
  close(id: number): string;
  /** `{n}` on its own; `repeat` counts its earlier uses in the text (0 the first time). */
  standalone(id: number, repeat: number): string;
}

/**
 * Placeholder text (`Open {1}Settings{/1}`, `{2}`) → XML inline content: literal text escaped
 * (doubled braces as one), each placeholder as the format's element. XLIFF 2.1, XLIFF 1.2 and TMX
 * differ only in `elements`.
 */
export function renderPlaceholders(text: string, elements: InlineElements): string {
  const tokens = tokenizePlaceholders(text);
  const paired = new Set(tokens.flatMap((t) => (t.type === 'close' ? [t.id] : [])));
  const uses = new Map<number, number>();
  return tokens
    .map((t) => {
      if (t.type === 'text') return escapeMarkup(t.value);
      if (t.type === 'stray') return escapeMarkup(t.char);
      if (t.type === 'close') return elements.close(t.id);
      if (paired.has(t.id)) return elements.open(t.id);
      const repeat = uses.get(t.id) ?? 0;
      uses.set(t.id, repeat + 1);
      return elements.standalone(t.id, repeat);
    })
    .join('');
}
