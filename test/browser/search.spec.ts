import { expect, test } from './fixtures.ts';
import { searchFromHeader } from './searchFromHeader.ts';
import { uiString } from './uiString.ts';

const cases = [
  // CJK has no spaces between words: these only match if the ja / zh-CN indexes segment them.
  { locale: 'ja', query: '二段階認証', expected: '/ja/account/two-step-verification/' },
  { locale: 'zh-cn', query: '密码', expected: '/zh-cn/account/reset-password/' },
  // A question, not keywords: question and stop words must not keep the article from matching.
  { locale: 'en', query: 'why do my calls keep dropping on 4G', expected: '/en/calls/poor-call-quality/' },
];

for (const { locale, query, expected } of cases) {
  test(`search in ${locale} for “${query}” finds ${expected}`, async ({ page }) => {
    const { results } = await searchFromHeader(page, locale, query);
    await expect(results.locator(`a[href="${expected}"]`)).toBeVisible();
    // Results in the reader's language only: every link stays inside the locale.
    for (const href of await results.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^/${locale}/`));
    }
  });
}

test('the search page searches again as the reader edits the query', async ({ page }) => {
  const { results } = await searchFromHeader(page, 'ja', '二段階認証');
  await expect(results.locator('a[href="/ja/account/two-step-verification/"]')).toBeVisible();
  await page.locator('#search-input').fill('通話');
  await expect(page).toHaveURL(`/ja/search/?q=${encodeURIComponent('通話')}`);
  await expect(results.locator('a[href="/ja/calls/poor-call-quality/"]')).toBeVisible();
  await expect(results.locator('a[href="/ja/account/two-step-verification/"]')).toHaveCount(0);
});

test('a French question about an untranslated article offers the right English original, the query translated', async ({ page }) => {
  // calls/screen-sharing has no French translation; the French words share nothing with the English
  // text, so only the vocabulary's écran → screen, partager → share finds it.
  const { sourceResults } = await searchFromHeader(page, 'fr', 'partager mon écran');
  await page.locator('#search-source-button').click();
  await expect(page.locator('#search-source-status')).toHaveAttribute('data-state', 'done');
  const offered = await sourceResults.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(offered[0]).toBe('/fr/calls/screen-sharing/');
  // Shown in the English original's language, inside the French navigation, labelled in French.
  await expect(sourceResults.locator('li').first()).toHaveAttribute('lang', 'en');
  const label = sourceResults.locator('li').first().locator('.search-result-label');
  await expect(label).toHaveText(uiString('fr', 'statusLabel.fallback'));
  await expect(label.locator('xpath=..')).toHaveAttribute('lang', 'fr');
});
