import { tokenizePlaceholders } from './placeholderText.ts';
import type { Placeholder, PlaceholderProblem } from './types.ts';

/**
 * List what keeps `target` from replacing `source`: every placeholder of the source exactly once
 * (a do-not-translate term any number of times, or not at all),
 * paired ones opened before closed and properly nested, no unknown numbers, no stray braces.
 * Placeholders may be reordered; an empty list means the target is safe to reassemble.
 */
export function checkPlaceholders(source: { placeholders: readonly Pick<Placeholder, 'id' | 'shape' | 'kind'>[] }, target: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  if (!target.trim()) return [{ code: 'empty', message: 'the translation is empty' }];
  const shapes = new Map(source.placeholders.map((placeholder) => [placeholder.id, placeholder.shape]));
  // A do-not-translate term is protected, not required: "your account" may render "your Lumo account".
  const optional = new Set(source.placeholders.filter((p) => p.kind === 'dnt').map((p) => p.id));
  const opened = new Map<number, number>();
  const closed = new Set<number>();
  const stack: number[] = [];
  /** Pairs already reported as crossing another pair; their own close is then not a second problem. */
  const crossed = new Set<number>();

  for (const token of tokenizePlaceholders(target)) {
    if (token.type === 'text') continue;
    if (token.type === 'stray') {
      const fix = token.char === '{' ? '{{' : '}}';
      problems.push({
        code: 'stray-brace',
        message: `unpaired "${token.char}" at character ${token.start + 1}; write "${fix}" for a literal brace`,
      });
      continue;
    }
    const { id } = token;
    const shape = shapes.get(id);
    if (shape === undefined) {
      const written = token.type === 'open' ? `{${id}}` : `{/${id}}`;
      problems.push({ code: 'unknown', id, message: `placeholder ${written} is not in the source` });
      continue;
    }
    if (token.type === 'open') {
      const count = (opened.get(id) ?? 0) + 1;
      opened.set(id, count);
      if (count === 2 && !optional.has(id)) problems.push({ code: 'duplicate', id, message: `placeholder {${id}} appears more than once` });
      if (shape === 'paired' && count === 1) stack.push(id);
      continue;
    }
    if (shape === 'standalone') {
      problems.push({ code: 'shape', id, message: `{/${id}} closes {${id}}, which is a standalone placeholder` });
    } else if (closed.has(id)) {
      problems.push({ code: 'duplicate', id, message: `{/${id}} appears more than once` });
    } else if (crossed.has(id)) {
      closed.add(id);
    } else if (!stack.includes(id)) {
      problems.push({ code: 'unopened', id, message: `{/${id}} comes before its opening {${id}}` });
      closed.add(id);
    } else {
      closed.add(id);
      const inner = stack.splice(stack.indexOf(id)).slice(1);
      for (const open of inner) {
        crossed.add(open);
        problems.push({
          code: 'nesting',
          id: open,
          message: `{/${id}} closes while {${open}} is still open; placeholders must nest like {${id}}…{${open}}…{/${open}}…{/${id}}`,
        });
      }
    }
  }

  for (const placeholder of source.placeholders) {
    const { id } = placeholder;
    if (!opened.has(id) && !closed.has(id) && !optional.has(id)) {
      problems.push({ code: 'missing', id, message: `placeholder {${id}} is missing` });
    } else if (placeholder.shape === 'paired' && opened.has(id) && !closed.has(id)) {
      problems.push({ code: 'unclosed', id, message: `placeholder {${id}} is opened but never closed with {/${id}}` });
    }
  }
  return problems;
}
