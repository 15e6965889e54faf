import type { PageStatus } from '../assemble/pageStatus.ts';

/** One locale's copy of an article as `kb assemble` wrote it to `.kb/site-content/` — what the site renders. */
export interface AssembledArticle {
  locale: string;
  articleId: string;
  format: 'md' | 'mdx';
  status: PageStatus;
  title: string;
  description: string;
  type: string;
  category: string;
  tags: string[];
  updated: string;
  /** Markdown with article links already pointing at this locale's pages, without `sourceTextMarks`. */
  body: string;
  /** The body as written, with the marks around sentences shown in the source language, when it has any. */
  markedBody?: string;
}
