import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { projectStatus } from '../store/index.ts';
import { segment, translation } from '../store/testSegment.ts';
import { renderStatusPage } from './renderStatusPage.ts';
import { reviewQueue } from './reviewQueue.ts';

const segments = [segment('title', 'Poor quality'), segment('b1.s0', 'Open <Settings>.'), segment('b1.s1', 'Tap the button.'), segment('b2.s0', 'Restart.')];
const articles = [
  {
    id: 'calls/poor-quality',
    segments,
    entries: [
      translation('title', 'Poor quality', 'Schlechte Qualität', { state: 'approved' }),
      translation('b1.s0', 'Open <Settings>.', 'Öffnen Sie <Einstellungen>.', { state: 'machine', origin: 'mt:deepl' }),
      translation('b1.s1', 'Tap a button.', 'Tippen Sie auf eine Taste.'),
    ],
  },
];

describe('reviewQueue', () => {
  it('lists outdated and not-yet-done segments with the source as it reads now; missing ones are not queued', () => {
    expect(reviewQueue(articles)).toEqual([
      { article: 'calls/poor-quality', key: 'b1.s0', state: 'machine', outdated: false, source: 'Open <Settings>.' },
      { article: 'calls/poor-quality', key: 'b1.s1', state: 'reviewed', outdated: true, source: 'Tap the button.' },
    ]);
  });

  it('follows the publish policy: under approved, reviewed text waits too', () => {
    const fresh = [{ ...articles[0]!, entries: [translation('title', 'Poor quality', 'Schlechte Qualität')] }];
    expect(reviewQueue(fresh, 'machine')).toEqual([]);
    expect(reviewQueue(fresh, 'approved').map((i) => [i.key, i.state])).toEqual([['title', 'reviewed']]);
  });
});

describe('renderStatusPage', () => {
  const status = projectStatus([{ code: 'de', articles }, { code: 'ja', articles: [{ ...articles[0]!, entries: [] }] }]);
  const page = renderStatusPage({ config, status, queues: { de: reviewQueue(articles), ja: [] }, generatedAt: '2026-12-06T09:30:00.000Z' });

  it('is a standalone page search engines leave alone', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toContain('data-pagefind-body');
  });

  it('shows per locale a progress bar by state whose figures are also text', () => {
    expect(page).toContain('role="img" aria-label="1 approved, 1 machine, 1 outdated, 1 missing"');
    expect(page).toContain('<span class="band approved" style="width:25.00%"></span>');
    expect(page).toContain('aria-label="4 missing"');
    expect(page).toMatch(/<a href="#ja">Japanese<\/a> <span lang="ja">日本語<\/span><\/th><td>machine<\/td>/);
  });

  it('counts per article and links each to its page in the locale', () => {
    expect(page).toContain('<tr><th scope="row"><a href="/de/calls/poor-quality/">calls/poor-quality</a></th><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">1</td><td class="num">1</td>');
  });

  it('lists the review queue with escaped source text', () => {
    expect(page).toContain('<h3>Review queue (2)</h3>');
    expect(page).toContain('<code>b1.s0</code> <span class="state">machine</span> Open &lt;Settings&gt;.</li>');
    expect(page).toContain('<code>b1.s1</code> <span class="state">outdated</span> Tap the button.</li>');
    expect(page).toContain('Nothing to review.');
  });
});
