/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** Language and direction of an entry whose heading is shown in another language than the page's. */
  lang?: { tag: string; dir: 'ltr' | 'rtl' };
  children: TocEntry[];
}

/** Headings of a translation shown in the source language (by text), and that language. */
export interface SourceLanguageHeadings {
  texts: readonly string[];
  tag: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Table of contents from an article's headings: h2 entries with their h3 children; other depths
 * are left out. An entry whose heading the page shows in the source language carries that language.
 */
export function buildToc(headings: readonly Heading[], inSource?: SourceLanguageHeadings): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { slug, text, ...(inSource?.texts.includes(text) ? { lang: { tag: inSource.tag, dir: inSource.dir } } : {}), children: [] };
    const parent = toc.at(-1);
    if (depth === 2) toc.push(entry);
    // An h3 before the first h2 has no parent; listing it at the top keeps it reachable.
    else if (depth === 3) (parent ? parent.children : toc).push(entry);
  }
  return toc;
}
