import config from '../../kb.config.ts';
import { expect, test } from './fixtures.ts';
import { uiString } from './uiString.ts';

test('a missing page under /de/ answers 404 with the German not-found page', async ({ page }) => {
  const response = await page.goto('/de/calls/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('main h1')).toHaveText(uiString('de', 'notFound.title'));
  await expect(page.locator('main').getByRole('link', { name: uiString('de', 'notFound.home') })).toHaveAttribute('href', '/de/');
  // Not-found pages must not ask to be indexed or claim a canonical URL.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('a missing page outside every locale gets /404.html, with a way home in every language', async ({ page }) => {
  const response = await page.goto('/no-such-locale/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main h1')).toHaveText(uiString(config.sourceLocale, 'notFound.title'));
  for (const { code } of config.locales) {
    await expect(page.locator(`main a[href="/${code}/"]`)).toHaveText(uiString(code, 'notFound.home'));
  }
});
