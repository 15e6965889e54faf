import { describe, expect, it } from 'vitest';
import { resolveArticleLink } from './articleLinks.ts';

describe('resolveArticleLink', () => {
  it('resolves links relative to the article folder', () => {
    expect(resolveArticleLink('calls/poor-call-quality', '../account/reset-password')).toEqual({ targetId: 'account/reset-password', hash: '' });
    expect(resolveArticleLink('calls/poor-call-quality', './group-calls#limits')).toEqual({ targetId: 'calls/group-calls', hash: '#limits' });
    expect(resolveArticleLink('calls/poor-call-quality', 'group-calls.md')).toEqual({ targetId: 'calls/group-calls', hash: '' });
    expect(resolveArticleLink('calls/poor-call-quality', '../account/reset-password/')).toEqual({ targetId: 'account/reset-password', hash: '' });
  });

  it('leaves external, absolute and anchor links alone', () => {
    for (const url of ['https://lumo.example', 'mailto:help@lumo.example', '/en/calls/', '#fix', '//cdn.example/x', '?q=1']) {
      expect(resolveArticleLink('calls/x', url)).toBeUndefined();
    }
  });
});
