import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../content/loadProject.ts';
import { reassembleArticle } from '../segment/index.ts';
import { segmentSource } from '../store/index.ts';
import { pseudoLocalize } from '../translate/providers/pseudo.ts';
import { findArticleLinkSpans, linkSpansInCopy, localizeLinkSpans } from './rewriteArticleLinks.ts';

describe('localizeLinkSpans', () => {
  it('points relative article links at the locale page and leaves the rest byte-identical', () => {
    const body = 'See [reset](../account/reset-password "Reset") and [calls](./group-calls#limits).\n\n[ref]: ../account/two-step-verification\n\n```md\n[not a link](../x/y)\n```\n\nAlso [site](https://lumo.example).\n';
    expect(localizeLinkSpans(body, findArticleLinkSpans(body, 'md', 'calls/poor-call-quality'), 'ja')).toBe(
      'See [reset](/ja/account/reset-password/ "Reset") and [calls](/ja/calls/group-calls/#limits).\n\n[ref]: /ja/account/two-step-verification/\n\n```md\n[not a link](../x/y)\n```\n\nAlso [site](https://lumo.example).\n',
    );
  });
});

describe('linkSpansInCopy', () => {
  const fromId = 'calls/poor-call-quality';
  const spans = (body: string) => findArticleLinkSpans(body, 'md', fromId);

  it('finds in every pseudo-translated sample article exactly the links a parse finds', async () => {
    const project = await loadProject(join(import.meta.dirname, '../..'));
    const withLinks = project.articles.filter((article) => spans(article.body).length > 0);
    expect(withLinks.length).toBeGreaterThan(10);
    for (const article of withLinks) {
      const copy = reassembleArticle(segmentSource(article, 'en', []), (segment) => pseudoLocalize(segment.text), { targetLocale: 'de' }).body;
      expect(copy).not.toBe(article.body);
      expect(linkSpansInCopy(copy, article.body, spans(article.body)), article.id).toEqual(spans(copy));
    }
  });

  it('follows links a translation moved, and takes an unchanged copy as it is', () => {
    const source = 'See [one](../account/one) and [two](./two#pin).\n';
    const copy = 'Siehe [Zwei](./two#pin) und [Eins](../account/one).\n';
    expect(linkSpansInCopy(copy, source, spans(source))).toEqual(spans(copy));
    expect(linkSpansInCopy(source, source, spans(source))).toEqual(spans(source));
  });

  it('gives up when the link text also stands where it is not a link, or the copy has more of it', () => {
    const inCode = 'Use [x](../a/b).\n\n```md\n[x](../a/b)\n```\n';
    expect(linkSpansInCopy(inCode.replace('Use', 'Nutze'), inCode, spans(inCode))).toBeUndefined();
    const source = 'See [x](../a/b).\n';
    expect(linkSpansInCopy('Siehe [x](../a/b) `](../a/b)`.\n', source, spans(source))).toBeUndefined();
  });
});
