import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const direction = (locator: Locator): Promise<string[]> => locator.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).direction));

test('Arabic pages are right-to-left, with code left-to-right', async ({ page }) => {
  // The SDK quickstart has both code blocks and inline code inside Arabic prose.
  await page.goto('/ar/developers/sdk-quickstart/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await direction(page.locator('body'))).toEqual(['rtl']);
  expect(await direction(page.locator('article .prose'))).toEqual(['rtl']);

  const blocks = page.locator('article pre');
  const inline = page.locator('article :not(pre) > code');
  expect(await blocks.count()).toBeGreaterThan(0);
  expect(await inline.count()).toBeGreaterThan(0);
  for (const found of [await direction(blocks), await direction(blocks.locator('code')), await direction(inline)]) {
    expect(new Set(found)).toEqual(new Set(['ltr']));
  }
});

test('the Arabic header is mirrored: the brand sits at the right, the language switcher at the left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/ar/');
  const brand = await page.locator('header .brand').boundingBox();
  const switcher = await page.locator('header .lang-switcher').boundingBox();
  expect(brand && switcher && brand.x > switcher.x).toBe(true);
});
