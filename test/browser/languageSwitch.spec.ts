import { expect, test } from './fixtures.ts';
import { uiString } from './uiString.ts';

test('the language switcher keeps the article: German → 日本語', async ({ page }) => {
  await page.goto('/de/calls/poor-call-quality/');
  const switcher = page.getByRole('navigation', { name: uiString('de', 'language.switcher') });
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: '日本語' }).click();
  await page.waitForURL((url) => url.pathname === '/ja/calls/poor-call-quality/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The Japanese copy is a human translation, so it shows Japanese text and no "not translated" notice.
  await expect(page.locator('.notice-fallback')).toHaveCount(0);
  await expect(page.locator('article h1')).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test('on the search page the language switcher keeps the query', async ({ page }) => {
  await page.goto('/de/search/?q=Passwort');
  const switcher = page.getByRole('navigation', { name: uiString('de', 'language.switcher') });
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL((url) => url.pathname === '/fr/search/' && url.searchParams.get('q') === 'Passwort');
  await expect(page.locator('input[name="q"]').last()).toHaveValue('Passwort');
});
