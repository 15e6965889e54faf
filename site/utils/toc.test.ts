import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'symptoms', text: 'Symptoms' },
      { depth: 3, slug: 'on-wi-fi', text: 'On Wi-Fi' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 3, slug: 'on-4g', text: 'On 4G' },
      { depth: 2, slug: 'fix', text: 'Fix' },
    ]);
    expect(toc).toEqual([
      {
        slug: 'symptoms',
        text: 'Symptoms',
        children: [
          { slug: 'on-wi-fi', text: 'On Wi-Fi', children: [] },
          { slug: 'on-4g', text: 'On 4G', children: [] },
        ],
      },
      { slug: 'fix', text: 'Fix', children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'q', text: 'Can I?' }])).toEqual([{ slug: 'q', text: 'Can I?', children: [] }]);
  });
  it('gives an entry whose heading is shown in the source language that language and direction', () => {
    const toc = buildToc(
      [{ depth: 2, slug: 'beheben', text: 'Beheben' }, { depth: 3, slug: 'check-the-speaker', text: 'Check the speaker' }],
      { texts: ['Check the speaker'], tag: 'en', dir: 'ltr' },
    );
    expect(toc).toEqual([{ slug: 'beheben', text: 'Beheben', children: [{ slug: 'check-the-speaker', text: 'Check the speaker', lang: { tag: 'en', dir: 'ltr' }, children: [] }] }]);
  });
  it('returns an empty list for an article without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
