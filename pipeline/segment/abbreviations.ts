import { languageOf } from './segmenters.ts';

/**
 * Abbreviations after which `Intl.Segmenter` wrongly ends a sentence (it splits "e.g. Android"
 * and "Dr. Smith" before the capital letter). A space inside an entry matches any spacing, so
 * `z. B.` also covers `z.B.`. Keyed by primary language subtag.
 */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  en: ['e.g.', 'i.e.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'St.', 'vs.', 'cf.', 'approx.', 'incl.', 'Jr.', 'Sr.'],
  de: ['z. B.', 'd. h.', 'u. a.', 'bzw.', 'ca.', 'Dr.', 'Hr.', 'Fr.', 'Nr.', 'Abs.', 'vgl.', 'ggf.', 'inkl.', 'evtl.', 'Prof.', 'S.', 'Str.', 'sog.'],
  fr: ['p. ex.', 'c.-à-d.', 'M.', 'Dr.', 'env.', 'cf.'],
  es: ['p. ej.', 'Sr.', 'Sra.', 'Dr.', 'Dra.', 'aprox.', 'Ud.', 'Uds.'],
  pt: ['p. ex.', 'Sr.', 'Sra.', 'Dr.', 'Dra.', 'aprox.'],
};

/** German writes ordinals with a period ("am 4. Oktober"), which reads as a sentence end. */
const GERMAN_ORDINAL_DATE =
  String.raw`\d{1,2}\.(?=\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)`;

const cache = new Map<string, RegExp | null>();

/** A global regex matching the locale's abbreviations as whole words, or null if it has none. */
export function abbreviationPattern(locale: string): RegExp | null {
  const language = languageOf(locale);
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  const entries = ABBREVIATIONS[language] ?? [];
  const alternatives = entries
    .flatMap((entry) => [entry, entry[0]?.toUpperCase() + entry.slice(1)])
    .map((entry) => entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s*`));
  if (language === 'de') alternatives.push(GERMAN_ORDINAL_DATE);
  const pattern = alternatives.length
    ? new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${[...new Set(alternatives)].join('|')})(?=\s|$)`, 'gu')
    : null;
  cache.set(language, pattern);
  return pattern;
}
