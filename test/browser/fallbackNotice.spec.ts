import { languageName } from '../../site/utils/languageName.ts';
import config from '../../kb.config.ts';
import { expect, test } from './fixtures.ts';
import { uiString } from './uiString.ts';

const source = config.locales.find((locale) => locale.code === config.sourceLocale)!;
const targets = config.locales.filter((locale) => locale.code !== config.sourceLocale);

// Premium plans has no translation anywhere; the two below have human translations in every target locale.
const untranslated = 'billing/premium-plans';
const translated = ['account/two-step-verification', 'calls/poor-call-quality'];

for (const { code, tag, dir } of targets.filter((locale) => ['fr', 'ja', 'ar'].includes(locale.code))) {
  test(`${code}: an untranslated article says so in ${tag} and marks its body English`, async ({ page }) => {
    await page.goto(`/${code}/${untranslated}/`);
    const notice = page.locator('.notice-fallback');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(uiString(code, 'notice.fallback', { language: languageName(tag) }));
    await expect(notice).toHaveAttribute('lang', tag);
    await expect(notice).toHaveAttribute('dir', dir);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('article')).toHaveAttribute('lang', source.tag);
    await expect(page.locator('article')).toHaveAttribute('dir', source.dir);
  });
}

for (const { code, tag } of targets) {
  test(`${code}: human-translated articles show no notice and are in ${tag}`, async ({ page }) => {
    for (const id of translated) {
      await page.goto(`/${code}/${id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.locator('.notice'), `/${code}/${id}/ shows a status notice`).toHaveCount(0);
      // The body is in the page's language (no lang of its own) and goes into the locale's search index.
      await expect(page.locator('article')).not.toHaveAttribute('lang', /./);
      await expect(page.locator('article')).toHaveAttribute('data-pagefind-body', '');
    }
  });
}
