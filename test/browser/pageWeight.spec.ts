import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { searchFromHeader } from './searchFromHeader.ts';

const KB = 1024;
const articleBudget = 15 * KB;
const firstSearchBudget = 150 * KB;

// The longest article (webhooks, also as a fallback copy with the localized page around it), and
// pages with a table, code blocks, or CJK and Arabic text (more bytes per character).
const articles = [
  '/en/developers/webhooks/',
  '/ja/developers/webhooks/',
  '/en/billing/premium-plans/',
  '/en/developers/sdk-quickstart/',
  '/ja/account/two-step-verification/',
  '/zh-cn/privacy-security/end-to-end-encryption/',
  '/ar/developers/sdk-quickstart/',
];

for (const path of articles) {
  test(`${path} is at most ${articleBudget / KB} KB of HTML, gzipped`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.body();
    expect(html.toString('utf8')).toContain('<article');
    const size = gzipSync(html).length;
    expect(size, `${path}: ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(articleBudget);
  });
}

const searches = [
  { locale: 'en', query: 'why do my calls keep dropping on 4G' },
  { locale: 'ja', query: '二段階認証' },
  { locale: 'ar', query: 'كلمة المرور' },
];

for (const { locale, query } of searches) {
  test(`a first search in ${locale} downloads at most ${firstSearchBudget / KB} KB of search files`, async ({ page }) => {
    const transfers: Promise<string>[] = [];
    let bytes = 0;
    page.on('requestfinished', (request) => {
      if (!/^\/pagefind[^/]*\//.test(new URL(request.url()).pathname)) return;
      // Headers and body as sent: gzip-compressed where the server compressed them.
      transfers.push(request.sizes().then((sizes) => {
        const size = sizes.responseHeadersSize + sizes.responseBodySize;
        bytes += size;
        return `${new URL(request.url()).pathname} ${size}`;
      }));
    });
    const { results } = await searchFromHeader(page, locale, query);
    await expect(results.locator('li').first()).toBeVisible();
    const listing = await Promise.all(transfers);
    expect(listing.length, 'search files fetched').toBeGreaterThan(0);
    expect(bytes, `first search in ${locale}: ${(bytes / KB).toFixed(1)} KB\n${listing.join('\n')}`).toBeLessThanOrEqual(firstSearchBudget);
  });
}
