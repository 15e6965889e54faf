import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, repoRoot, runKb } from '../../test/helpers/tempProject.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { loadDoNotTranslate } from '../store/index.ts';
import { assembleProject } from './assembleProject.ts';
import { sourceTextMarks } from './sourceTextMarks.ts';

const { open, close } = sourceTextMarks;

const body = 'Open the app. Wait 30 seconds.\n';
const german = 'Öffnen Sie die App. Warten Sie 30 Sekunden.\n';

/** The repository's config with `de` publishing under `policy`. */
async function publishGerman(root: string, policy: string) {
  const url = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
  await writeFile(
    join(root, 'kb.config.ts'),
    `import base from ${url('kb.config.ts')};\nimport { defineConfig } from ${url('pipeline/config/defineConfig.ts')};\n` +
      `export default defineConfig({ ...base, locales: base.locales.map((l) => (l.code === 'de' ? { ...l, publish: ${JSON.stringify(policy)} } : l)) });\n`,
  );
}

async function germanPage(root: string) {
  const project = await requireValidProject(root);
  return (await assembleProject(project, await loadDoNotTranslate(root))).find((p) => p.locale === 'de' && p.articleId === 'calls/wait');
}

async function approveGerman(root: string, key: string) {
  const file = join(root, 'content/translations/de/calls/wait.yaml');
  const text = await readFile(file, 'utf8');
  const at = text.indexOf(`- key: ${key}\n`);
  const state = text.indexOf('state: translated', at);
  await writeFile(file, text.slice(0, state) + 'state: approved' + text.slice(state + 'state: translated'.length));
}

describe('publish policy', () => {
  const files = { 'content/en/calls/wait.md': articleFile('calls', 'Wait', body), 'import/de/calls/wait.md': articleFile('calls', 'Warten', german) };

  it('machine (default): a human translation is published', async () => {
    const root = await createAlignedProject(files, 'de');
    expect(await germanPage(root)).toMatchObject({ status: { kind: 'translation', review: 'translated', gaps: [] }, body: '\n' + german });
  });

  it('approved: translated text is held back (source fallback) until a reviewer approves it', async () => {
    const root = await createAlignedProject(files, 'de');
    await publishGerman(root, 'approved');
    expect((await germanPage(root))?.status).toEqual({ kind: 'fallback' });

    await approveGerman(root, 'b0.s0');
    const page = await germanPage(root);
    // Held back is not outdated: the page is approved text and English sentences, and says so.
    expect(page?.status).toEqual({ kind: 'translation', review: 'approved', gaps: ['untranslated'] });
    expect(page?.body).toBe(`\nÖffnen Sie die App. ${open}Wait 30 seconds.${close}\n`);
  });

  it('reviewed: reviewed and approved text is published, translated text is not', async () => {
    const root = await createAlignedProject(files, 'de');
    await publishGerman(root, 'reviewed');
    await approveGerman(root, 'b0.s1');
    expect(await germanPage(root)).toMatchObject({
      status: { kind: 'translation', review: 'approved', gaps: ['untranslated'] },
      body: `\n${open}Open the app.${close} Warten Sie 30 Sekunden.\n`,
    });
  });

  it('kb status counts what the policy holds back as waiting for review', async () => {
    const root = await createAlignedProject(files, 'de');
    await publishGerman(root, 'approved');
    const run = runKb('status', '--root', root, '--locale', 'de', '--json');
    expect(run.status).toBe(0);
    const totals = JSON.parse(run.stdout).locales.de.totals.segments;
    expect(totals).toMatchObject({ total: 4, current: 4, published: 0, needsReview: 4 });
  });

  it('an unknown policy is a one-line config error', async () => {
    const root = await createAlignedProject(files, 'de');
    await publishGerman(root, 'everything');
    const run = runKb('status', '--root', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('locale "de" has publish: "everything"; use one of approved, reviewed, machine');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
