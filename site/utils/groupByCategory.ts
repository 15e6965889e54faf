export interface CategoryGroup<T> {
  category: string;
  articles: T[];
}

/**
 * Articles grouped by category folder: known categories in `order` first, others alphabetically after;
 * articles within a group by title in the locale's collation.
 */
export function groupByCategory<T extends { category: string; title: string }>(
  articles: readonly T[],
  order: readonly string[],
  tag: string,
): CategoryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const article of articles) groups.set(article.category, [...(groups.get(article.category) ?? []), article]);
  const rank = (category: string) => {
    const index = order.indexOf(category);
    return index === -1 ? order.length : index;
  };
  const collator = new Intl.Collator(tag);
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((category) => ({
      category,
      articles: (groups.get(category) ?? []).sort((a, b) => collator.compare(a.title, b.title)),
    }));
}
