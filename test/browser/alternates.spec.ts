import config from '../../kb.config.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const articlePath = 'calls/poor-call-quality/';
// No translation anywhere: every locale but the source shows a fallback copy of the English page.
const untranslatedPath = 'billing/premium-plans/';
const targets = config.locales.filter((locale) => locale.code !== config.sourceLocale);

/** `[hreflang, href]` of a page's alternate links. */
async function hreflangLinks(page: Page): Promise<(readonly [string | null, string | null])[]> {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((elements) => elements.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')] as const));
}

test('an article links every language version with hreflang, plus x-default → English', async ({ page }) => {
  await page.goto(`/fr/${articlePath}`);
  const links = await hreflangLinks(page);
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  const origin = new URL(canonical ?? '').origin;
  expect(canonical).toBe(`${origin}/fr/${articlePath}`);

  const expected = [
    ...config.locales.map(({ code, tag }) => [tag, `${origin}/${code}/${articlePath}`] as const),
    ['x-default', `${origin}/${config.sourceLocale}/${articlePath}`] as const,
  ];
  expect([...links].sort()).toEqual([...expected].sort());
});

test('a fallback copy is canonical to the English page and is no alternate of it', async ({ page }) => {
  await page.goto(`/en/${untranslatedPath}`);
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  const origin = new URL(canonical ?? '').origin;
  const english = `${origin}/${config.sourceLocale}/${untranslatedPath}`;
  expect(canonical).toBe(english);
  expect(await hreflangLinks(page)).toEqual([['en', english], ['x-default', english]]);

  for (const { code } of targets) {
    await page.goto(`/${code}/${untranslatedPath}`);
    await expect(page.locator('head link[rel="canonical"]'), code).toHaveAttribute('href', english);
    expect(await hreflangLinks(page), code).toEqual([]);
    // The canonical says where to index it; a noindex beside it would contradict that signal.
    await expect(page.locator('head meta[name="robots"]'), code).toHaveCount(0);
  }
});

for (const { code, tag, dir } of config.locales) {
  test(`/${code}/ pages say <html lang="${tag}" dir="${dir}">`, async ({ page }) => {
    for (const path of [`/${code}/`, `/${code}/${articlePath}`, `/${code}/search/`]) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', tag);
      await expect(page.locator('html'), path).toHaveAttribute('dir', dir);
    }
  });
}

test('the sitemap lists every locale copy with its hreflang alternates, es-419 and x-default included', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const entry = /<url><loc>[^<]*\/es\/calls\/poor-call-quality\/<\/loc>(.*?)<\/url>/.exec(sitemap)?.[1] ?? '';
  const hreflangs = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
  expect(hreflangs.sort()).toEqual([...config.locales.map((l) => l.tag), 'x-default'].sort());
  expect(sitemap).not.toMatch(/\/404\/|\/search\//);
});

test('the sitemap leaves fallback copies out, as entries and as alternates', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  // Neither a <loc> nor an xhtml:link href names a fallback copy.
  for (const { code } of targets) expect(sitemap, code).not.toContain(`/${code}/${untranslatedPath}`);
  const entry = new RegExp(`<url><loc>[^<]*/${config.sourceLocale}/${untranslatedPath}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
  const hreflangs = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
  expect(hreflangs.sort()).toEqual(['en', 'x-default']);
});
