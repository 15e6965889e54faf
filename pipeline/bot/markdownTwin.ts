import { noticesOf, type PageNotice } from '../assemble/pageStatus.ts';
import type { AssembledArticle } from './assembledArticle.ts';

/**
 * Where an article's Markdown twin is served: the page URL without its trailing slash plus `.md`
 * (`/de/account/reset-password/` → `/de/account/reset-password.md`), which is also its path in dist/.
 */
export function twinPath(locale: string, articleId: string): string {
  return `/${locale}/${articleId}.md`;
}

/** Notes a reader of the twin needs about where the text came from (English: these files are for machines). */
const notes: Record<PageNotice, string> = {
  fallback: 'Not translated yet: this is the original text.',
  'source-only': 'Published in the original language only: this is the original text.',
  machine: 'Machine translation, not yet reviewed.',
  outdated: 'Partly outdated translation: sentences changed since are shown in the original language.',
  untranslated: 'Partly translated: sentences without a translation yet are shown in the original language.',
};

/** The Markdown twin of an article copy: title as H1, description as a quote, the body as the site renders it. */
export function markdownTwin(article: AssembledArticle): string {
  const note = noticesOf(article.status).map((notice) => notes[notice]).join(' ');
  const head = [`# ${article.title}`, `> ${article.description}`, ...(note ? [`_${note}_`] : [])].join('\n\n');
  return `${head}\n\n${article.body.trim()}\n`;
}
