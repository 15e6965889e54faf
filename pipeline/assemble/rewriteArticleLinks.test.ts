import { describe, expect, it } from 'vitest';
import { rewriteArticleLinks } from './rewriteArticleLinks.ts';

describe('rewriteArticleLinks', () => {
  it('points relative article links at the locale page and leaves the rest byte-identical', () => {
    const body = 'See [reset](../account/reset-password "Reset") and [calls](./group-calls#limits).\n\n[ref]: ../account/two-step-verification\n\n```md\n[not a link](../x/y)\n```\n\nAlso [site](https://lumo.example).\n';
    expect(rewriteArticleLinks(body, 'md', 'calls/poor-call-quality', 'ja')).toBe(
      'See [reset](/ja/account/reset-password/ "Reset") and [calls](/ja/calls/group-calls/#limits).\n\n[ref]: /ja/account/two-step-verification/\n\n```md\n[not a link](../x/y)\n```\n\nAlso [site](https://lumo.example).\n',
    );
  });
});
