import { scalar } from '../store/scanStoreTexts.ts';

/** A plain scalar that starts like a number (or ~, +, -, .) is only taken as text when it is a date: the core schema reads dates as text. */
const numberLike = /^[\d~+\-.]/;
const date = /^\d{4}-\d{2}-\d{2}$/;
const keyLine = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/;

/**
 * The frontmatter of an assembled article as `js-yaml` with the core schema reads it, when it is
 * in the layout `renderSiteArticle` writes (`yaml.stringify`: block mappings and sequences
 * indented by two spaces, one-line scalars, `[]`), read line by line; undefined for anything
 * else (flow collections, block scalars, comments, anchors, numbers, nulls, duplicate keys…),
 * which the caller then parses. Parsing 8,000 headers cost more than reading the files.
 */
export function scanFrontmatter(yamlText: string): Record<string, unknown> | undefined {
  const lines = yamlText.split('\n');
  let at = 0;

  /** A block collection whose lines are indented by `indent` spaces, from line `at` on. */
  const collection = (indent: number): Record<string, unknown> | unknown[] | undefined => {
    const prefix = ' '.repeat(indent);
    if (lines[at]?.startsWith(`${prefix}- `)) {
      const items: unknown[] = [];
      for (; at < lines.length && lines[at]!.startsWith(`${prefix}- `); at++) {
        const item = value(lines[at]!.slice(indent + 2));
        if (item === undefined) return undefined;
        items.push(item);
      }
      return items;
    }
    const map: Record<string, unknown> = {};
    while (at < lines.length) {
      const line = lines[at]!;
      if (!line.startsWith(prefix) || line[indent] === ' ') break;
      const field = keyLine.exec(line.slice(indent));
      if (!field || Object.hasOwn(map, field[1]!)) return undefined;
      at++;
      const inner = field[2] === undefined ? collection(indent + 2) : value(field[2]);
      if (inner === undefined || (Array.isArray(inner) && inner.length === 0 && field[2] === undefined)) return undefined;
      map[field[1]!] = inner;
    }
    return Object.keys(map).length === 0 ? undefined : map;
  };

  const top = collection(0);
  // Everything read, and a mapping at the top.
  if (!top || Array.isArray(top) || at !== lines.length) return undefined;
  return top;
}

/** A one-line value: an empty flow sequence or a scalar the core schema reads as text. */
function value(text: string): unknown {
  if (text === '[]') return [];
  if (numberLike.test(text) && !date.test(text)) return undefined;
  // A tab in a plain scalar may start a comment (`a\t# b`): left to the parser.
  if (!text.startsWith('"') && !text.startsWith("'") && text.includes('\t')) return undefined;
  return scalar(text);
}
