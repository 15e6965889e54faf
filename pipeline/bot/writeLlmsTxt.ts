import { showsOriginal } from '../assemble/pageStatus.ts';
import type { AssembledArticle } from './assembledArticle.ts';
import { markdownTwin, twinPath } from './markdownTwin.ts';
import type { SiteLabels } from './siteLabels.ts';

export interface LlmsTxtInput {
  locale: string;
  /** Absolute origin for links (empty: site-relative). */
  site: string;
  labels: SiteLabels;
  /** This locale's copies, in feed order. */
  articles: readonly AssembledArticle[];
  /** Other locales' llms.txt, listed in the Optional section (`[label, path]`). */
  otherLocales: readonly (readonly [string, string])[];
}

/**
 * `llms.txt` for one locale in the llmstxt.org format: an H1, a `>` summary, then one H2 per
 * category listing `- [title](twin.md): description`; the Optional section (which a tool may skip)
 * points at llms-full.txt and the other languages.
 */
export function llmsTxt(input: LlmsTxtInput): string {
  const { locale, site, labels, articles } = input;
  const fallbacks = articles.filter((a) => showsOriginal(a.status)).length;
  const lines = [`# ${labels.name}`, '', `> ${labels.description}`, ''];
  lines.push(`Language: ${locale}. ${articles.length} articles${fallbacks ? `, ${fallbacks} of them not translated yet (original text, marked "(original)")` : ''}. Each link is the article as Markdown.`);
  for (const [category, inCategory] of groupBy(articles, (a) => a.category)) {
    lines.push('', `## ${labels.category(category)}`, '');
    for (const a of inCategory) lines.push(`- [${escapeLinkText(a.title)}](${site}${twinPath(locale, a.articleId)}): ${a.description}${showsOriginal(a.status) ? ' (original)' : ''}`);
  }
  lines.push('', '## Optional', '', `- [All articles in one file](${site}/${locale}/llms-full.txt): every article of this language as Markdown`);
  for (const [label, path] of input.otherLocales) lines.push(`- [${label}](${site}${path}): the same index in ${label}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `llms-full.txt`, UTF-8: the llms.txt header followed by every article's Markdown twin. `twin`
 * gives a twin's bytes when they are already encoded (the twins are written too), so the 40 MB
 * of a large help center are not encoded twice.
 */
export function llmsFullTxt(input: LlmsTxtInput, twin: (article: AssembledArticle) => Uint8Array = (a) => Buffer.from(markdownTwin(a), 'utf8')): Buffer {
  const separator = Buffer.from('\n---\n\n', 'utf8');
  const parts: Uint8Array[] = [Buffer.from(`# ${input.labels.name}\n\n> ${input.labels.description}\n`, 'utf8')];
  for (const a of input.articles) parts.push(separator, twin(a), Buffer.from(`\nSource: ${input.site}/${a.locale}/${a.articleId}/\n`, 'utf8'));
  return Buffer.concat(parts);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}
