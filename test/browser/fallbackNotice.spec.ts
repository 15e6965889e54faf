import { languageName } from '../../site/utils/languageName.ts';
import config from '../../kb.config.ts';
import { articleFile, runKb, writeProjectFiles } from '../helpers/tempProject.ts';
import { buildTempSite } from '../helpers/tempSite.ts';
import { expect, test } from './fixtures.ts';
import { serveDist } from './serveDist.ts';
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

// The sample content has no partly translated page: this block builds a small help center whose
// German copy lacks a sentence the English original gained after translation.
test.describe('a partly untranslated page', () => {
  test.describe.configure({ mode: 'serial' });
  const german = config.locales.find((locale) => locale.code === 'de')!;
  const addedSentence = 'Turn off the speakerphone.';
  let site: { origin: string; close: () => Promise<void> } | undefined;
  let removeSite: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const { dist, remove } = await buildTempSite(
      {
        'content/en/calls/echo.md': articleFile('calls', 'Stop an echo', 'Use headphones during calls. Lower the speaker volume.\n\n## Fix it\n\nMove away from bare walls.\n'),
        'import/de/calls/echo.md': articleFile('calls', 'Echo beheben', 'Verwenden Sie bei Anrufen Kopfhörer. Verringern Sie die Lautstärke.\n\n## Beheben\n\nEntfernen Sie sich von kahlen Wänden.\n'),
      },
      async (root) => {
        const aligned = runKb('align', '--root', root, '--locale', 'de', 'import/de');
        if (aligned.status !== 0) throw new Error(aligned.stderr);
        await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Stop an echo', `Use headphones during calls. Lower the speaker volume. ${addedSentence}\n\n## Fix it\n\nMove away from bare walls.\n`) });
      },
    );
    removeSite = remove;
    site = await serveDist(dist, { gzip: false });
  });

  test.afterAll(async () => {
    await site?.close();
    await removeSite?.();
  });

  test('says some sentences are shown in English (not that the original changed), and marks them lang="en"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/calls/echo/`);
    const notice = page.locator('.notice');
    await expect(notice.locator('[data-notice]')).toHaveText([uiString('de', 'notice.untranslated')]);
    await expect(notice.getByRole('link')).toHaveText(uiString('de', 'article.readOriginal'));
    await expect(notice).toHaveAttribute('lang', german.tag);
    const english = page.locator('article .prose').getByText(addedSentence);
    await expect(english).toHaveAttribute('lang', source.tag);
    await expect(page.locator('article .prose p').first()).not.toHaveAttribute('lang', /./);
    await expect(page.locator('article .prose h2')).toHaveAttribute('id', 'beheben');
    // The page stays in the German index: its German and English text alike are searchable.
    await expect(page.locator('article')).toHaveAttribute('data-pagefind-body', '');
  });

  test('its search result carries the label "partly in English"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/search/?q=${encodeURIComponent('Kopfhörer')}`);
    await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
    const result = page.locator('#search-results li', { has: page.locator('a[href="/de/calls/echo/"]') });
    await expect(result.locator('.search-result-label')).toHaveText(uiString('de', 'statusLabel.untranslated'));
  });
});
