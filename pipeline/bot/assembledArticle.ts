import type { LocalizedStatus } from '../assemble/assembleLocale.ts';

/** One locale's copy of an article as `kb assemble` wrote it to `.kb/site-content/` — what the site renders. */
export interface AssembledArticle {
  locale: string;
  articleId: string;
  format: 'md' | 'mdx';
  status: LocalizedStatus;
  title: string;
  description: string;
  type: string;
  category: string;
  tags: string[];
  updated: string;
  /** Markdown with article links already pointing at this locale's pages. */
  body: string;
}
