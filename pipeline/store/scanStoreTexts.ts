/** The texts of one store entry: what learning from the store (the bot's vocabulary) needs of it. */
export interface StoreTexts {
  source: string;
  target?: string;
  outdated: boolean;
}

const entryStart = '  - ';
const fieldIndent = '    ';
const historyIndent = '      ';
const field = /^([A-Za-z]+): (.*)$/;
/** Characters that start something other than a plain scalar, or that a plain scalar may not hold. */
const notPlain = /^[-?:,[\]{}#&*!|>'"%@`]|: | #|:$|^\s|\s$/;
/** Plain scalars YAML reads as something other than text (null, booleans, numbers): the parser decides what they mean here. */
const typedPlain = /^(?:~|null|true|false|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.(?:inf|nan))$/i;

/**
 * The entries of a store file written by `serializeStoreFile`, read line by line: on a large
 * store a YAML parse costs most of `kb bot`, and history lines are most of the text. Only the
 * serializer's layout is read (one line per value, plain, double- or single-quoted scalars);
 * anything else — block scalars, a comment after a value, escapes JSON lacks — gives undefined,
 * and the caller parses the file. It does not validate: parse the file for that.
 */
export function scanStoreTexts(text: string): StoreTexts[] | undefined {
  if (text.includes('\r')) return undefined;
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length && lines[i] !== 'segments:'; i++) {
    const line = lines[i]!;
    if (line.trim() === 'segments: []') return [];
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
  for (i++; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    let rest: string;
    if (line.startsWith(entryStart)) {
      if (!close()) return undefined;
      entry = {};
      inHistory = false;
      rest = line.slice(entryStart.length);
    } else if (inHistory && line.startsWith(historyIndent)) continue;
    else if (entry && line.startsWith(fieldIndent) && line[fieldIndent.length] !== ' ') {
      inHistory = false;
      rest = line.slice(fieldIndent.length);
    } else return undefined;
    if (rest === 'history:') {
      inHistory = true;
      continue;
    }
    const match = field.exec(rest);
    if (!match) return undefined;
    if (match[1] === 'source' || match[1] === 'target') {
      const value = scalar(match[2]!);
      if (value === undefined) return undefined;
      entry![match[1]] = value;
    }
    else if (match[1] === 'outdated') {
      if (match[2] !== 'true') return undefined;
      entry!.outdated = true;
    }
  }
  return close() ? entries : undefined;
}

/** A one-line YAML scalar as text, or undefined when it is not one this reader is sure about. */
function scalar(value: string): string | undefined {
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
