/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Table of contents from an article's headings: h2 entries with their h3 children; other depths are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 2) toc.push(entry);
    // An h3 before the first h2 has no parent; listing it at the top keeps it reachable.
    else if (depth === 3) (parent ? parent.children : toc).push(entry);
  }
  return toc;
}
