import config from '../../kb.config.ts';
import { rememberedLocaleKey } from '../../site/utils/rememberedLocale.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { uiString } from './uiString.ts';

/**
 * On the poor-call-quality article in `locale`, pick Deutsch in the language switcher, then open `/`
 * and wait until it lands on `lands`.
 */
async function chooseDeutschThenOpenRoot(page: Page, locale: string, lands: string): Promise<void> {
  await page.goto(`/${locale}/calls/poor-call-quality/`);
  const switcher = page.getByRole('navigation', { name: uiString(locale, 'language.switcher') });
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL((url) => url.pathname === '/de/calls/poor-call-quality/');
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === lands);
}

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

test.describe('a reader whose browser is set to en-US', () => {
  test.use({ locale: 'en-US' });

  test('who chose Deutsch in the language switcher is sent from / to /de/', async ({ page }) => {
    await chooseDeutschThenOpenRoot(page, 'en', '/de/');
  });
});

test.describe('a browser set to ja-JP', () => {
  test.use({ locale: 'ja-JP' });

  test('with a stored choice that is no configured locale, / goes by the browser language', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'sv'), rememberedLocaleKey);
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/ja/');
  });

  test('where localStorage throws (privacy mode), the switcher still works and / goes by the browser language', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await chooseDeutschThenOpenRoot(page, 'ja', '/ja/');
  });
});
