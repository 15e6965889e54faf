import config from '../../kb.config.ts';
import { expect, test } from './fixtures.ts';

const cases = [
  { browserLocale: 'ja-JP', lands: '/ja/' },
  // Same language, other region: pt-BR is the only Portuguese we have.
  { browserLocale: 'pt-BR', lands: '/pt-br/' },
  { browserLocale: 'zh-CN', lands: '/zh-cn/' },
  // No Swedish help center: the source language.
  { browserLocale: 'sv-SE', lands: '/en/' },
];

for (const { browserLocale, lands } of cases) {
  test.describe(`a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`opening / lands on ${lands}`, async ({ page }) => {
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === lands);
      await expect(page.locator('main h1')).toBeVisible();
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'ja-JP' });

  test('/ stays put and links to every locale, each named in its own language', async ({ page }) => {
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    for (const { code, tag, label } of config.locales) {
      const link = page.locator(`main a[href="/${code}/"]`);
      await expect(link).toHaveText(label);
      await expect(link).toHaveAttribute('hreflang', tag);
    }
    await expect(page.locator('main a')).toHaveCount(config.locales.length);
  });
});
