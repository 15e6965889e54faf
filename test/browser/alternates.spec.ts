import config from '../../kb.config.ts';
import { expect, test } from './fixtures.ts';

const articlePath = 'calls/poor-call-quality/';

test('an article links every language version with hreflang, plus x-default → English', async ({ page }) => {
  await page.goto(`/fr/${articlePath}`);
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((elements) => elements.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')] as const));
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  const origin = new URL(canonical ?? '').origin;
  expect(canonical).toBe(`${origin}/fr/${articlePath}`);

  const expected = [
    ...config.locales.map(({ code, tag }) => [tag, `${origin}/${code}/${articlePath}`] as const),
    ['x-default', `${origin}/${config.sourceLocale}/${articlePath}`] as const,
  ];
  expect([...links].sort()).toEqual([...expected].sort());
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
