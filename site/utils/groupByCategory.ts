/** The shape of an article entry these helpers read. */
export interface Titled {
  data: { category: string; title: string };
}

export interface CategoryGroup<T> {
  category: string;
  articles: T[];
}

/** Articles by title in the locale's collation (`Ä` next to `A` in German, not after `Z`). */
export function sortByTitle<T extends Titled>(articles: readonly T[], tag: string): T[] {
  const collator = new Intl.Collator(tag);
  return [...articles].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

/** Articles grouped by category folder: categories in `order` first, others alphabetically after; titles sorted. */
export function groupByCategory<T extends Titled>(articles: readonly T[], order: readonly string[], tag: string): CategoryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const article of articles) groups.set(article.data.category, [...(groups.get(article.data.category) ?? []), article]);
  const rank = (category: string) => {
    const index = order.indexOf(category);
    return index === -1 ? order.length : index;
  };
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((category) => ({ category, articles: sortByTitle(groups.get(category) ?? [], tag) }));
}
