import { readFile } from 'node:fs/promises';
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

test('the build writes host rules for every locale’s not-found page: _redirects (Netlify) and /<locale>/404.html (Cloudflare Pages)', async ({ page }) => {
  // The test server knows localized not-found pages only from dist/_redirects, so this proves the rules.
  const response = await page.goto('/de/missing');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main h1')).toHaveText(uiString('de', 'notFound.title'));
  const rules = await readFile('dist/_redirects', 'utf8');
  for (const { code } of config.locales) {
    expect(rules).toContain(`/${code}/*  /${code}/404/index.html  404`);
    expect(await readFile(`dist/${code}/404.html`, 'utf8')).toBe(await readFile(`dist/${code}/404/index.html`, 'utf8'));
  }
});
