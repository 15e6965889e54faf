/**
 * Numbers as people write them in different locales: `1,000.5` (en), `1.000,5` (de), `1 000,5`
 * (fr), `١٬٠٠٠٫٥` (ar with Arabic-Indic digits). Digits stay strings throughout, so a value is
 * never bent by floating point and `2.50` keeps its two decimals when it is written back.
 */

/** A number as written, digits normalised to ASCII. */
export interface WrittenNumber {
  /** Integer digits as written, without grouping (`1000` for `1,000`; leading zeros kept). */
  integer: string;
  /** Digits after the decimal separator as written (`50` for `2.50`), `''` for an integer. */
  fraction: string;
  /** Canonical value for comparison: no leading or trailing zeros (`1000`, `2.5`, `0`). */
  value: string;
}

/** How a number was written, so a replacement can be written the same way. */
export interface NumberStyle {
  /** Code point of the digit zero of the digit system used (`0x30` Latin, `0x660` Arabic-Indic). */
  zero: number;
  /** Grouping separator used, `undefined` when the number had no grouping. */
  group: string | undefined;
  /** Decimal separator used, `undefined` when the number had no fraction. */
  decimal: string | undefined;
  /** Count of integer digits written: an ungrouped 4+ digit integer is evidence of "no grouping". */
  integerDigits: number;
}

/** One way to read a written number: the value and the style it implies. */
export interface NumberReading {
  number: WrittenNumber;
  style: NumberStyle;
}

/** A number found in running text, with every reading that its separators allow. */
export interface NumberOccurrence {
  start: number;
  end: number;
  readings: NumberReading[];
}

/** Digit systems whose digits we read and write, keyed by the code point of zero (ICU names for Intl). */
const DIGIT_SYSTEMS = new Map<number, string>([
  [0x30, 'latn'],
  [0x660, 'arab'],
  [0x6f0, 'arabext'],
  [0x966, 'deva'],
  [0x9e6, 'beng'],
  [0xe50, 'thai'],
  [0xff10, 'fullwide'],
]);

/** Separators a translation may use for grouping and decimals, whatever its locale. */
const ANY_GROUP = new Set([',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'", '\u2019', '\u066c']);
const ANY_DECIMAL = new Set(['.', ',', '\u066b']);

/** Arabic separators are unambiguous, so they are accepted in every locale. */
const ARABIC_GROUP = '\u066c';
const ARABIC_DECIMAL = '\u066b';

/**
 * A run of digits joined by separators. A space-like separator joins only when exactly three
 * digits follow (`1 000`), so "step 2 of 3" stays two numbers.
 */
const NUMBER_RUN = /\p{Nd}+(?:(?:[.,'\u2019\u066b\u066c]|[ \u00a0\u202f\u2009](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*/u;
/** Placeholder markers and escaped braces in segment text: never numbers. */
const MARKER = /\{\{|\}\}|\{\/?\d+\}/u;
const NUMBER_OR_MARKER = new RegExp(`(${MARKER.source})|${NUMBER_RUN.source}`, 'gu');
const WHOLE_NUMBER = new RegExp(`^${NUMBER_RUN.source}$`, 'u');
/** Letters of scripts that separate words with spaces: a digit run touching one is part of a word (`30s`, `MP3`). */
const WORD_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Digit value of a code point and its system's zero, or undefined for a digit system we do not handle. */
function digitOf(codePoint: number): { zero: number; digit: number } | undefined {
  for (const zero of DIGIT_SYSTEMS.keys()) {
    if (codePoint >= zero && codePoint <= zero + 9) return { zero, digit: codePoint - zero };
  }
  return undefined;
}

/** Split a run like `1.000,50` into ASCII digit groups and the separators between them. */
function splitRun(run: string): { groups: string[]; separators: string[]; zero: number } | undefined {
  const groups: string[] = [];
  const separators: string[] = [];
  let zero: number | undefined;
  let current = '';
  for (const char of run) {
    const digit = digitOf(char.codePointAt(0) ?? 0);
    if (digit) {
      // Mixed digit systems in one run is not a number anybody writes on purpose.
      if (zero !== undefined && zero !== digit.zero) return undefined;
      zero = digit.zero;
      current += String(digit.digit);
    } else if (/\p{Nd}/u.test(char)) {
      // A digit of a system we cannot write back (say Tibetan): leave the number alone.
      return undefined;
    } else {
      groups.push(current);
      separators.push(char);
      current = '';
    }
  }
  groups.push(current);
  return zero === undefined ? undefined : { groups, separators, zero };
}

/** Canonical comparable value of integer and fraction digits. */
function canonicalValue(integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** Whether digit groups read as a grouped integer: 1–3 digits, then groups of exactly 3. */
function validGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3);
}

/** Every reading of a run given which characters may group and which may mark decimals. */
function readRun(run: string, groupChars: ReadonlySet<string>, decimalChars: ReadonlySet<string>): NumberReading[] {
  const split = splitRun(run);
  if (!split) return [];
  const { groups, separators, zero } = split;
  const reading = (integerGroups: string[], fraction: string, group: string | undefined, decimal: string | undefined): NumberReading => {
    const integer = integerGroups.join('');
    return {
      number: { integer, fraction, value: canonicalValue(integer, fraction) },
      style: { zero, group, decimal, integerDigits: integer.length },
    };
  };
  if (separators.length === 0) return [reading(groups, '', undefined, undefined)];
  const readings: NumberReading[] = [];
  const firstSeparator = separators[0] ?? '';
  // Every separator groups: `1,000,000`, `1.000`.
  if (groupChars.has(firstSeparator) && separators.every((s) => s === firstSeparator) && validGrouping(groups)) {
    readings.push(reading(groups, '', firstSeparator, undefined));
  }
  // The last separator marks decimals, any before it group: `1.5`, `1,000.5`, `1.000,5`.
  const decimal = separators[separators.length - 1] ?? '';
  const integerGroups = groups.slice(0, -1);
  const integerSeparators = separators.slice(0, -1);
  const group = integerSeparators[0];
  if (
    decimalChars.has(decimal) &&
    (group === undefined ||
      (groupChars.has(group) && group !== decimal && integerSeparators.every((s) => s === group) && validGrouping(integerGroups)))
  ) {
    readings.push(reading(integerGroups, groups[groups.length - 1] ?? '', group, decimal));
  }
  return readings;
}

const localeSeparators = new Map<string, { group: string; decimal: string }>();

/** A locale's own grouping and decimal separators (cached: Intl formatters are costly to create). */
function separatorsOf(locale: string): { group: string; decimal: string } {
  let separators = localeSeparators.get(locale);
  if (!separators) {
    const parts = new Intl.NumberFormat(locale).formatToParts(11111.5);
    separators = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    localeSeparators.set(locale, separators);
  }
  return separators;
}

/**
 * Read a word-like token as a number in the source locale's format (`1,000.5` in en, `1.000,5` in
 * de); undefined when it is not a number there (`1.2.3`, `1,5` in en): such tokens stay words.
 */
export function parseNumber(token: string, locale: string): WrittenNumber | undefined {
  if (!WHOLE_NUMBER.test(token)) return undefined;
  const { group, decimal } = separatorsOf(locale);
  const readings = readRun(token, new Set([group, ARABIC_GROUP]), new Set([decimal, ARABIC_DECIMAL]));
  return readings.length === 1 ? readings[0]?.number : undefined;
}

/**
 * Find the numbers in a translation, skipping placeholder markers and digits inside words, with
 * every reading a locale could give them (`1.000` is 1000 in de and 1 in en).
 */
export function findNumbers(text: string): NumberOccurrence[] {
  const occurrences: NumberOccurrence[] = [];
  for (const match of text.matchAll(NUMBER_OR_MARKER)) {
    if (match[1] !== undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    if (WORD_LETTER.test(Array.from(before).at(-1) ?? '') || WORD_LETTER.test(Array.from(after)[0] ?? '')) continue;
    const readings = readRun(match[0], ANY_GROUP, ANY_DECIMAL);
    if (readings.length > 0) occurrences.push({ start, end, readings });
  }
  return occurrences;
}

interface LocaleDigits {
  formatter: Intl.NumberFormat;
  decimal: string;
}

const localeDigits = new Map<string, LocaleDigits>();

/** The locale's integer formatter and decimal mark in a digit system, for what the old number does not show. */
function localeDigitsOf(locale: string, zero: number): LocaleDigits {
  const key = `${locale}\u0000${zero}`;
  let digits = localeDigits.get(key);
  if (!digits) {
    const numberingSystem = DIGIT_SYSTEMS.get(zero) ?? 'latn';
    const decimalParts = new Intl.NumberFormat(locale, { numberingSystem }).formatToParts(1.5);
    digits = {
      formatter: new Intl.NumberFormat(locale, { numberingSystem, maximumFractionDigits: 0 }),
      decimal: decimalParts.find((part) => part.type === 'decimal')?.value ?? separatorsOf(locale).decimal,
    };
    localeDigits.set(key, digits);
  }
  return digits;
}

/** Transliterate the ASCII digits of `text` into the digit system starting at `zero`. */
function toDigits(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}

/** Insert `separator` between groups of three ASCII digits, from the right. */
function groupDigits(ascii: string, separator: string): string {
  const head = ascii.length % 3 || 3;
  let grouped = ascii.slice(0, head);
  for (let i = head; i < ascii.length; i += 3) grouped += separator + ascii.slice(i, i + 3);
  return grouped;
}

/**
 * Write `number` the way the number it replaces was written (digits, grouping, decimal mark).
 * What the old number does not show — grouping of a now 4+ digit number, the decimal mark of a new
 * fraction — comes from `locale`; without a locale that case is ambiguous and yields undefined.
 */
export function formatLike(number: WrittenNumber, style: NumberStyle, locale: string | undefined): string | undefined {
  let integer: string;
  if (style.group !== undefined) {
    integer = toDigits(groupDigits(number.integer, style.group), style.zero);
  } else if (style.integerDigits >= 4 || number.integer.length <= 3) {
    integer = toDigits(number.integer, style.zero);
  } else if (locale !== undefined) {
    // formatToParts on a BigInt keeps every digit; only integer and group parts are wanted.
    integer = localeDigitsOf(locale, style.zero)
      .formatter.formatToParts(BigInt(number.integer))
      .filter((part) => part.type === 'integer' || part.type === 'group')
      .map((part) => part.value)
      .join('');
  } else {
    return undefined;
  }
  if (number.fraction === '') return integer;
  const decimal = style.decimal ?? (locale === undefined ? undefined : localeDigitsOf(locale, style.zero).decimal);
  return decimal === undefined ? undefined : `${integer}${decimal}${toDigits(number.fraction, style.zero)}`;
}
