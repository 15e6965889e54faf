import { formatDate } from '../../site/utils/formatDate.ts';
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

// The sample content has no partly translated page, no machine translation and no article published
// in English only: this block builds a small help center with one of each. The German copy of
// calls/echo lacks a sentence and a section the English original gained after translation; calls/noise is
// machine-translated, one sentence changed since; calls/codecs has `translate: false`.
test.describe('pages the sample content lacks', () => {
  test.describe.configure({ mode: 'serial' });
  const german = config.locales.find((locale) => locale.code === 'de')!;
  const addedSentence = 'Turn off the speakerphone.';
  const addedSection = '## Check the speaker\n\nPlay a test sound.\n';
  const noise = { before: 'Close other apps. Restart the app.\n', after: 'Close other apps. Restart the app and your phone.\n' };
  let site: { origin: string; close: () => Promise<void> } | undefined;
  let removeSite: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const { dist, remove } = await buildTempSite(
      {
        'content/en/calls/echo.md': articleFile('calls', 'Stop an echo', 'Use headphones during calls. Lower the speaker volume.\n\n## Fix it\n\nMove away from bare walls.\n'),
        'import/de/calls/echo.md': articleFile('calls', 'Echo beheben', 'Verwenden Sie bei Anrufen Kopfhörer. Verringern Sie die Lautstärke.\n\n## Beheben\n\nEntfernen Sie sich von kahlen Wänden.\n'),
        'content/en/calls/noise.md': articleFile('calls', 'Reduce background noise', noise.before),
        'content/en/calls/codecs.md': articleFile('calls', 'Audio codecs', 'Every call uses the Opus codec.\n', 'translate: false\n'),
      },
      async (root) => {
        const aligned = runKb('align', '--root', root, '--locale', 'de', 'import/de');
        if (aligned.status !== 0) throw new Error(aligned.stderr);
        // Machine translation of what align left untranslated: calls/noise.
        const translated = runKb('translate', '--root', root, '--locale', 'de', '--provider', 'pseudo');
        if (translated.status !== 0) throw new Error(translated.stderr);
        await writeProjectFiles(root, {
          'content/en/calls/echo.md': articleFile('calls', 'Stop an echo', `Use headphones during calls. Lower the speaker volume. ${addedSentence}\n\n## Fix it\n\nMove away from bare walls.\n\n${addedSection}`),
          'content/en/calls/noise.md': articleFile('calls', 'Reduce background noise', noise.after),
        });
      },
    );
    removeSite = remove;
    site = await serveDist(dist, { gzip: false });
  });

  test.afterAll(async () => {
    await site?.close();
    await removeSite?.();
  });

  test('a partly untranslated page says some sentences are shown in English (not that the original changed), and marks them lang="en"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/calls/echo/`);
    const notice = page.locator('.notice');
    await expect(notice.locator('[data-notice]')).toHaveText([uiString('de', 'notice.untranslated')]);
    await expect(notice.getByRole('link')).toHaveText(uiString('de', 'article.readOriginal'));
    await expect(notice).toHaveAttribute('lang', german.tag);
    const english = page.locator('article .prose').getByText(addedSentence);
    await expect(english).toHaveAttribute('lang', source.tag);
    await expect(page.locator('article .prose p').first()).not.toHaveAttribute('lang', /./);
    await expect(page.locator('article .prose h2').first()).toHaveAttribute('id', 'beheben');
    // The English heading is marked on the page and in the contents alike; the German one in neither.
    const englishHeading = page.locator('article .prose h2', { hasText: 'Check the speaker' });
    await expect(englishHeading).toHaveAttribute('lang', source.tag);
    const toc = page.locator('nav.toc');
    await expect(toc.getByRole('link', { name: 'Check the speaker' })).toHaveAttribute('lang', source.tag);
    await expect(toc.getByRole('link', { name: 'Beheben' })).not.toHaveAttribute('lang', /./);
    // The page stays in the German index: its German and English text alike are searchable.
    await expect(page.locator('article')).toHaveAttribute('data-pagefind-body', '');
  });

  test('the partly untranslated page\'s search result carries the label "partly in English"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/search/?q=${encodeURIComponent('Kopfhörer')}`);
    await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
    const result = page.locator('#search-results li', { has: page.locator('a[href="/de/calls/echo/"]') });
    await expect(result.locator('.search-result-label')).toHaveText(uiString('de', 'statusLabel.untranslated'));
  });

  test('a machine translation with outdated sentences says both, in that order, and marks the changed sentence lang="en"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/calls/noise/`);
    const notice = page.locator('.notice');
    await expect(notice.locator('[data-notice]')).toHaveText([
      uiString('de', 'notice.machine'),
      uiString('de', 'notice.outdated', { date: formatDate('2026-11-01', german.tag) }),
    ]);
    await expect(notice).toHaveClass(/notice-machine/);
    await expect(notice).toHaveClass(/notice-outdated/);
    await expect(notice.getByRole('link')).toHaveText(uiString('de', 'article.readOriginal'));
    await expect(page.locator('article .prose').getByText('Restart the app and your phone.')).toHaveAttribute('lang', source.tag);
    await expect(page.locator('article')).toHaveAttribute('data-pagefind-body', '');
  });

  test('an article published in English only says "available in English only" and marks its body English', async ({ page }) => {
    await page.goto(`${site!.origin}/de/calls/codecs/`);
    const notice = page.locator('.notice-source-only');
    await expect(notice.locator('[data-notice]')).toHaveText([uiString('de', 'notice.source-only')]);
    await expect(notice).toHaveAttribute('lang', german.tag);
    // It is the original: no link to itself, and the body is English, kept out of the German index.
    await expect(notice.getByRole('link')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', german.tag);
    await expect(page.locator('article')).toHaveAttribute('lang', source.tag);
    await expect(page.locator('article')).not.toHaveAttribute('data-pagefind-body', /.*/);
  });

  test('the English-only article, offered among the English originals, carries the label "English only"', async ({ page }) => {
    await page.goto(`${site!.origin}/de/search/?q=Opus`);
    await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
    await page.locator('#search-source-button').click();
    await expect(page.locator('#search-source-status')).toHaveAttribute('data-state', 'done');
    const result = page.locator('#search-source-results li', { has: page.locator('a[href="/de/calls/codecs/"]') });
    await expect(result).toHaveAttribute('lang', source.tag);
    await expect(result.locator('.search-result-label')).toHaveText(uiString('de', 'statusLabel.source-only'));
  });
});
