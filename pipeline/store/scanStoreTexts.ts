/** The texts of one store entry: what learning from the store (the bot's vocabulary) needs of it. */
export interface StoreTexts {
  source: string;
  target?: string;
  outdated: boolean;
}

const field = /^([A-Za-z]+): (.*)$/;
/** A field name and its separator, matched in place (sticky) so most lines are never sliced. */
const fieldName = /[A-Za-z]+: /y;
/** Characters that start something other than a plain scalar, or that a plain scalar may not hold. */
const notPlain = /^[-?:,[\]{}#&*!|>'"%@`]|: | #|:$|^\s|\s$/;
/** Plain scalars YAML reads as something other than text (null, booleans, numbers): the parser decides what they mean here. */
const typedPlain = /^(?:~|null|true|false|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.(?:inf|nan))$/i;

/**
 * The entries of a store file written by `serializeStoreFile`, read line by line: on a large
 * store a YAML parse costs most of `kb bot`, and history lines are most of the text (they are
 * skipped without being copied). Only the serializer's layout is read (one line per value, plain,
 * double- or single-quoted scalars); anything else — block scalars, a comment after a value,
 * escapes JSON lacks — gives undefined, and the caller parses the file. It does not validate:
 * parse the file for that.
 */
export function scanStoreTexts(text: string): StoreTexts[] | undefined {
  if (text.includes('\r')) return undefined;
  let start = 0;
  for (;;) {
    if (start >= text.length) return undefined;
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    start = end + 1;
    if (line === 'segments:') break;
    if (line === 'segments: []') return start >= text.length || text.slice(start).trim() === '' ? [] : undefined;
    if (line !== '' && !line.startsWith('#') && !field.test(line)) return undefined;
  }
  const entries: StoreTexts[] = [];
  let entry: Partial<StoreTexts> | undefined;
  let inHistory = false;
  const close = (): boolean => {
    if (!entry) return true;
    if (entry.source === undefined) return false;
    entries.push({ source: entry.source, ...(entry.target === undefined ? {} : { target: entry.target }), outdated: entry.outdated ?? false });
    return true;
  };
  for (; start < text.length; start = lineEnd(text, start) + 1) {
    const end = lineEnd(text, start);
    if (end === start) continue;
    let at: number;
    if (inHistory && text.startsWith('      ', start)) continue;
    if (text.startsWith('  - ', start)) {
      if (!close()) return undefined;
      entry = {};
      at = start + 4;
    } else if (entry && text.startsWith('    ', start) && text[start + 4] !== ' ') at = start + 4;
    else return undefined;
    inHistory = false;
    if (end - at === 8 && text.startsWith('history:', at)) {
      inHistory = true;
      continue;
    }
    fieldName.lastIndex = at;
    if (!fieldName.test(text) || fieldName.lastIndex > end) return undefined;
    const name = text.slice(at, fieldName.lastIndex - 2);
    if (name === 'source' || name === 'target') {
      const value = scalar(text.slice(fieldName.lastIndex, end));
      if (value === undefined) return undefined;
      entry![name] = value;
    } else if (name === 'outdated') {
      if (end - fieldName.lastIndex !== 4 || !text.startsWith('true', fieldName.lastIndex)) return undefined;
      entry!.outdated = true;
    }
  }
  return close() ? entries : undefined;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/** A one-line YAML scalar as text (as the core schema reads it), or undefined when it is not one this reader is sure about. */
export function scalar(value: string): string | undefined {
  if (value.startsWith('"')) {
    // YAML's double-quoted escapes that JSON shares mean the same; JSON.parse rejects the rest.
    if (value.length < 2 || !value.endsWith('"') || /\\[^"\\/bfnrtu]/.test(value) || /\p{Cc}/u.test(value)) return undefined;
    try {
      return JSON.parse(value) as string;
    } catch {
      return undefined;
    }
  }
  if (value.startsWith("'")) {
    const inner = value.slice(1, -1);
    if (value.length < 2 || !value.endsWith("'") || inner.replaceAll("''", '').includes("'")) return undefined;
    return inner.replaceAll("''", "'");
  }
  return value === '' || notPlain.test(value) || typedPlain.test(value) ? undefined : value;
}
