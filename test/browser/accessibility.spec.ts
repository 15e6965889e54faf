import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { blockingViolations, formatViolations } from './formatViolations.ts';
import { searchFromHeader } from './searchFromHeader.ts';

/** Fail with every serious or critical axe violation of the page, readably. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = blockingViolations(violations);
  expect(blocking, `serious or critical accessibility violations on ${new URL(page.url()).pathname}:\n${formatViolations(blocking)}`).toEqual([]);
}

const pages = [
  { name: 'home (en)', path: '/en/' },
  { name: 'home (ar)', path: '/ar/' },
  { name: 'category (en)', path: '/en/calls/' },
  { name: 'article (en)', path: '/en/developers/sdk-quickstart/' },
  { name: 'article (ja)', path: '/ja/account/two-step-verification/' },
  { name: 'article (ar)', path: '/ar/developers/sdk-quickstart/' },
  { name: 'untranslated article (fr)', path: '/fr/billing/premium-plans/' },
  { name: 'localized 404 (de)', path: '/de/no-such-page/' },
  { name: 'site-wide 404', path: '/404.html' },
  // Every table cell of the dashboard gets a contrast check: ~12 s alone, past 30 s on a loaded machine.
  { name: 'status dashboard', path: '/status/', slow: true },
];

for (const { name, path, slow } of pages) {
  test(`${name} has no serious or critical accessibility violation`, async ({ page }) => {
    test.slow(slow === true);
    await page.goto(path);
    await expectAccessible(page);
  });
}

test('the root language choice (what readers without JavaScript see) has no serious or critical accessibility violation', async ({ page }) => {
  // axe needs JavaScript, so block only the page's own scripts (its redirect) with a Content Security Policy.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/');
  await expectAccessible(page);
});

test('search results (ja) have no serious or critical accessibility violation', async ({ page }) => {
  const { results } = await searchFromHeader(page, 'ja', '二段階認証');
  await expect(results.locator('li').first()).toBeVisible();
  await expectAccessible(page);
});

test('the language switcher, open, has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/en/calls/poor-call-quality/');
  await page.locator('.lang-switcher summary').click();
  await expect(page.locator('.lang-switcher a[hreflang="ar"]')).toBeVisible();
  await expectAccessible(page);
});
