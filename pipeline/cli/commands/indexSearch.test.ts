import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { createTempProject, repoRoot, runKb, writeProjectFiles } from '../../../test/helpers/tempProject.ts';

const fixtureSite = join(repoRoot, 'test/search/fixtures/site');
const defineConfigUrl = pathToFileURL(join(repoRoot, 'pipeline/config/defineConfig.ts')).href;

it("kb index --root uses that project's kb.config.ts: its locales and its source locale", async () => {
  const root = await createTempProject({}, 'kb-index-');
  // Not the repository's eight locales: German source, English and French targets.
  await writeProjectFiles(root, {
    'kb.config.ts': `import { defineConfig } from ${JSON.stringify(defineConfigUrl)};
export default defineConfig({
  sourceLocale: 'de',
  locales: [
    { code: 'de', tag: 'de', dir: 'ltr', label: 'Deutsch', englishName: 'German', formality: 'formal' },
    { code: 'en', tag: 'en', dir: 'ltr', label: 'English', englishName: 'English', formality: 'default' },
    { code: 'fr', tag: 'fr', dir: 'ltr', label: 'Français', englishName: 'French', formality: 'formal' },
  ],
});
`,
  });
  for (const locale of ['de', 'en']) await cp(join(fixtureSite, locale), join(root, 'dist', locale), { recursive: true });

  const result = runKb('index', '--root', root);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`source bundle 3 pages in ${join(root, 'dist', 'pagefind-de')}`);
  // Only the configured locale without pages is missing; the repository's other locales are not expected.
  expect(result.stderr.trim().split('\n')).toEqual([
    'warning: search/no-language-index  no indexed page has <html lang="fr">; its search page offers German results only',
  ]);
});
