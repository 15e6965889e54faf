import { reconcileArticle, statesNeedingReview, type ArticleTranslation, type PublishPolicy, type TranslationState } from '../store/index.ts';

/** A segment a reviewer has to act on: its translation is outdated, or in a state the policy does not count as done. */
export interface QueueItem {
  article: string;
  key: string;
  state: TranslationState;
  outdated: boolean;
  /** The source sentence as it reads now. */
  source: string;
}

/** A locale's review queue, in article and segment order. Missing translations are not queued: nothing to review yet. */
export function reviewQueue(articles: ArticleTranslation[], policy?: PublishPolicy): QueueItem[] {
  const needingReview = statesNeedingReview(policy);
  const queue: QueueItem[] = [];
  for (const article of articles) {
    reconcileArticle(article.segments, article.entries).entries.forEach((entry, i) => {
      if (entry.target === undefined) return;
      const outdated = entry.outdated === true;
      if (!outdated && !needingReview.includes(entry.state)) return;
      queue.push({ article: article.id, key: entry.key, state: entry.state, outdated, source: article.segments[i]?.text ?? entry.source });
    });
  }
  return queue;
}
