/** The fields the home page lists need to choose articles. */
export interface Listable {
  articleId: string;
  /** `YYYY-MM-DD`, so string order is date order. */
  updated: string;
}

/** Most recently updated first; ties by id so every build lists the same order. */
export function recentArticles<T extends Listable>(articles: readonly T[], limit: number): T[] {
  return [...articles]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.articleId.localeCompare(b.articleId))
    .slice(0, limit);
}

/** Curated ids in their order (unknown ids skipped), topped up with the most recent articles. */
export function popularArticles<T extends Listable>(articles: readonly T[], curatedIds: readonly string[], limit: number): T[] {
  const byId = new Map(articles.map((article) => [article.articleId, article]));
  const curated = curatedIds.flatMap((id) => byId.get(id) ?? []);
  const chosen = new Set(curated.map((article) => article.articleId));
  const topUp = recentArticles(articles.filter((article) => !chosen.has(article.articleId)), limit);
  return [...curated, ...topUp].slice(0, limit);
}
