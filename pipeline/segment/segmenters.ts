/** One `Intl.Segmenter` per locale and granularity: constructing them is the slow part. */

const cache = new Map<string, Intl.Segmenter>();

/** The cached segmenter for a BCP 47 tag; throws a RangeError for a malformed tag. */
export function segmenterFor(locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}:${locale}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    cache.set(key, segmenter);
  }
  return segmenter;
}

/** The primary language subtag in lower case: `zh-Hans-CN` → `zh`. */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}
