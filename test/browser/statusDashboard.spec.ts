import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const dist = join(import.meta.dirname, '../../dist');

test('the status dashboard shows every target locale with its progress and review queue', async ({ page }) => {
  await page.goto('/status/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translation status');
  const rows = page.locator('table.overview tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.first().getByRole('img')).toHaveAttribute('aria-label', /\d+ (approved|reviewed|translated|machine|missing)/);
  await expect(page.getByRole('heading', { level: 2, name: 'German (de)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(/^Review queue \(\d+\)$/);
  await page.getByRole('link', { name: 'account/reset-password' }).first().click();
  await expect(page).toHaveURL(/\/de\/account\/reset-password\/$/);
});

test('the status dashboard is kept out of search engines, the sitemap and the site search', async ({ page }) => {
  await page.goto('/status/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const sitemaps = (await readdir(dist)).filter((f) => f.startsWith('sitemap') && f.endsWith('.xml'));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const file of sitemaps) expect(await readFile(join(dist, file), 'utf8')).not.toContain('/status/');
  // The English index (the dashboard is lang="en") returns no page under /status/ for its own words.
  await page.goto('/en/');
  const urls = await page.evaluate(async (module) => {
    const pagefind = await import(module);
    const search = await pagefind.search('review queue translation status');
    return Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  }, '/pagefind/pagefind.js');
  expect(urls.filter((url: string) => url.includes('/status/'))).toEqual([]);
});
