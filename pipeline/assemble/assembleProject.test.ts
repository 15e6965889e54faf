import { spawn } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, createTempProject, runKb, writeProjectFiles } from '../../test/helpers/tempProject.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { TranslationStore, loadDoNotTranslate, type ProjectStatus } from '../store/index.ts';
import { assembleProject } from './assembleProject.ts';
import { sourceTextMarks } from './sourceTextMarks.ts';

const { open, close } = sourceTextMarks;

const body = 'Open **Settings**. Wait 30 seconds.\n\nSee [echo](./echo).\n';
const german = 'Öffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\nSiehe [Echo](./echo).\n';

async function assembled(root: string, locale: string, id: string) {
  const project = await requireValidProject(root);
  const pages = await assembleProject(project, await loadDoNotTranslate(root));
  return pages.find((p) => p.locale === locale && p.articleId === id);
}

/** calls/wait translated into German (kb align), calls/echo in English only. */
function alignedWait(): Promise<string> {
  return createAlignedProject({
    'content/en/calls/wait.md': articleFile('calls', 'Wait', body),
    'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n'),
    'import/de/calls/wait.md': articleFile('calls', 'Warten', german),
  }, 'de');
}

/** Every file kb assemble writes (the site content and the content-locales list), path → text. */
async function siteFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await readdir(join(root, '.kb/site-content'), { recursive: true })) {
    if (path.endsWith('.md')) files[path] = await readFile(join(root, '.kb/site-content', path), 'utf8');
  }
  files['content-locales.json'] = await readFile(join(root, '.kb/content-locales.json'), 'utf8');
  return files;
}

describe('assembleProject', () => {
  it('shows the translation, then the source sentence, marked, once that sentence changes (status outdated)', async () => {
    const root = await alignedWait();
    const current = await assembled(root, 'de', 'calls/wait');
    expect(current).toMatchObject({ status: { kind: 'translation', review: 'translated', gaps: [] }, frontmatter: expect.objectContaining({ title: 'Warten' }) });
    // "Last updated" is when the content changed (the source's date), not the day kb align ran.
    expect(current?.frontmatter.updated).toBe('2026-11-01');
    expect(current?.body).toBe('\nÖffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\nSiehe [Echo](/de/calls/echo/).\n');
    expect((await assembled(root, 'de', 'calls/echo'))?.status).toEqual({ kind: 'fallback' });
    expect((await assembled(root, 'fr', 'calls/wait'))?.status).toEqual({ kind: 'fallback' });

    await writeProjectFiles(root, { 'content/en/calls/wait.md': articleFile('calls', 'Wait', body.replace('30', '60')) });
    const outdated = await assembled(root, 'de', 'calls/wait');
    expect(outdated?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['outdated'] });
    expect(outdated?.body).toBe(`\nÖffnen Sie **Einstellungen**. ${open}Wait 60 seconds.${close}\n\nSiehe [Echo](/de/calls/echo/).\n`);
  });

  it('shows the source sentence where a stored target breaks its placeholders, and says it is untranslated', async () => {
    const root = await alignedWait();
    const file = join(root, 'content/translations/de/calls/wait.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('target: Öffnen Sie {1}Einstellungen{/1}.', 'target: Öffnen Sie Einstellungen.'));
    const warnings: string[] = [];
    const project = await requireValidProject(root);
    const page = (await assembleProject(project, await loadDoNotTranslate(root), (m) => warnings.push(m))).find((p) => p.locale === 'de' && p.articleId === 'calls/wait');
    expect(page?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(page?.body).toBe(`\n${open}Open **Settings**.${close} Warten Sie 30 Sekunden.\n\nSiehe [Echo](/de/calls/echo/).\n`);
    expect(warnings).toEqual(['de calls/wait b0.s0: placeholder {1} is missing; showing the source sentence']);
  });

  it('refuses a target that brings HTML, a script or a javascript: URL its source lacks: the source sentence is shown, never the markup', async () => {
    const root = await alignedWait();
    const file = join(root, 'content/translations/de/calls/wait.yaml');
    const stored = await readFile(file, 'utf8');
    await writeFile(file, stored
      .replace('target: Warten Sie 30 Sekunden.', 'target: "Warten Sie 30 Sekunden.<script>alert(1)</script>"')
      .replace('target: Öffnen Sie {1}Einstellungen{/1}.', 'target: Öffnen Sie {1}Einstellungen{/1} unter javascript:alert(1).'));
    const warnings: string[] = [];
    const project = await requireValidProject(root);
    const page = (await assembleProject(project, await loadDoNotTranslate(root), (m) => warnings.push(m))).find((p) => p.locale === 'de' && p.articleId === 'calls/wait');
    expect(page?.body).toBe(`\n${open}Open **Settings**. Wait 30 seconds.${close}\n\nSiehe [Echo](/de/calls/echo/).\n`);
    expect(page?.body).not.toMatch(/script|javascript/);
    expect(page?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(warnings).toEqual([
      'de calls/wait b0.s0: the translation introduces javascript:; showing the source sentence',
      'de calls/wait b0.s1: the translation introduces <script>; showing the source sentence',
    ]);
  });

  it("shows a block kept whole from the article's own unit, also without a store file, and not once the unit is gone", async () => {
    const chats = 'Lumo keeps your chats private. Nobody else can read them.\n';
    const root = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', chats),
      // The same block in another article: the unit of privacy/chats is not its translation.
      'content/en/privacy/copy.md': articleFile('privacy', 'Copy', chats),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.\n'),
    }, 'de');
    const shown = { status: { kind: 'translation', review: 'translated', gaps: [] }, body: '\nIhre Chats bleiben privat – niemand sonst kann sie lesen.\n' };
    expect(await assembled(root, 'de', 'privacy/chats')).toMatchObject(shown);
    expect((await assembled(root, 'de', 'privacy/copy'))?.status).toEqual({ kind: 'fallback' });
    // Without its store file only the unit translates the article (title and description in English), as kb status counts it.
    await rm(join(root, 'content/translations/de/privacy/chats.yaml'));
    expect(await assembled(root, 'de', 'privacy/chats')).toMatchObject({ ...shown, status: { ...shown.status, gaps: ['untranslated'] }, inSourceLanguage: ['title', 'description'] });
    const status = JSON.parse(runKb('status', '--root', root, '--locale', 'de', '--json').stdout) as ProjectStatus;
    expect(status.locales.de?.articles['privacy/chats']?.segments).toMatchObject({ total: 4, current: 2, missing: 2 });
    await rm(join(root, 'content/translations/de/memory.yaml'));
    expect((await assembled(root, 'de', 'privacy/chats'))?.status).toEqual({ kind: 'fallback' });
  });

  it('keeps a block kept whole on the page while a sentence target of it waits for review, and kb status counts the page', async () => {
    const root = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo keeps your chats private. Nobody else can read them.\n'),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.\n'),
    }, 'de');
    const project = await requireValidProject(root, { saveCache: false });
    const store = TranslationStore.open(root, project.config);
    const entries = await store.read('de', 'privacy/chats');
    // A fuzzy memory match for the second sentence: the page does not show it (no policy publishes fuzzy).
    await store.write('de', 'privacy/chats', entries.map((e) => (e.key === 'b0.s1' ? { ...e, target: 'Niemand kann sie lesen.', state: 'fuzzy', score: 80 } : e)));
    expect(await assembled(root, 'de', 'privacy/chats')).toMatchObject({ status: { kind: 'translation', review: 'translated', gaps: [] }, body: '\nIhre Chats bleiben privat – niemand sonst kann sie lesen.\n' });
    const status = JSON.parse(runKb('status', '--root', root, '--locale', 'de', '--json').stdout) as ProjectStatus;
    // Both sentences are current: the first in the unit's state, the second in its own, waiting for review.
    // All four read translated on the page: the block's unit stands in for the fuzzy sentence.
    expect(status.locales.de?.articles['privacy/chats']?.segments).toMatchObject({ total: 4, current: 4, missing: 0, needsReview: 1, published: 4 });
    // kb translate still fills the block's first sentence, so approving the second leaves no English on the page.
    const dryRun = runKb('translate', '--root', root, '--locale', 'de', '--dry-run');
    expect(dryRun.stdout).toMatch(/^ {2}new +1 +4 +100%$/m);
  });

  it('labels machine translations and leaves drafts out of every locale', async () => {
    const root = await createTempProject({
      'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Wait a minute.\n'),
      'content/en/calls/secret.md': articleFile('calls', 'Secret', 'Not yet.\n', 'draft: true\n'),
    });
    expect(runKb('translate', '--root', root, '--locale', 'ja', '--provider', 'pseudo').status).toBe(0);
    const page = await assembled(root, 'ja', 'calls/wait');
    expect(page?.status).toEqual({ kind: 'translation', review: 'machine', gaps: [] });
    expect(page?.body).toContain('[Ŵááííţ áá ɱííñúúţéé.]'.replace('[', '\\[').replace(']', '\\]'));
    expect(await assembled(root, 'en', 'calls/secret')).toBeUndefined();
  });

  it('an article published in English only is source-only in every other locale, title and description in English', async () => {
    const root = await createTempProject({ 'content/en/calls/legal.md': articleFile('calls', 'Legal', 'Terms apply.\n', 'translate: false\n') });
    expect(await assembled(root, 'en', 'calls/legal')).toMatchObject({ status: { kind: 'source' }, inSourceLanguage: [] });
    expect(await assembled(root, 'de', 'calls/legal')).toMatchObject({ status: { kind: 'source-only' }, inSourceLanguage: ['title', 'description'], body: '\nTerms apply.\n' });
  });
});

describe('kb assemble', () => {
  it('refuses a source body holding a reserved mark (⸂ or ⸃), exit 1, and writes no site content at all', async () => {
    const root = await createTempProject({
      'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Wait a minute.\n'),
      'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n'),
    });
    const fresh = runKb('assemble', '--root', root);
    expect(fresh.status).toBe(0);
    await writeProjectFiles(root, {
      'content/en/calls/wait.md': articleFile('calls', 'Wait', `Wait a ${open}minute.\n`),
      'content/en/calls/echo.md': articleFile('calls', 'Echo', `Use headphones${close}.\n`),
      // A valid new article: a partial run would write it.
      'content/en/calls/mute.md': articleFile('calls', 'Mute', 'Tap the microphone.\n'),
    });
    const before = await siteFiles(root);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['en/calls/wait.md', 'de/calls/echo.md']));
    const result = runKb('assemble', '--root', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content\/en\/calls\/wait\.md:9:8 {2}content\/reserved-character {2}"⸂" \(U\+2E02\) is reserved/m);
    expect(result.stderr).toMatch(/^content\/en\/calls\/echo\.md:9:15 {2}content\/reserved-character {2}"⸃" \(U\+2E03\) is reserved/m);
    expect(result.stdout).not.toContain('assembled');
    expect(await siteFiles(root)).toEqual(before);

    // On a project never assembled there is no site content afterwards either.
    const never = await createTempProject({ 'content/en/calls/wait.md': articleFile('calls', 'Wait', `Wait a ${close}minute.\n`) });
    expect(runKb('assemble', '--root', never).status).toBe(1);
    await expect(readdir(join(never, '.kb/site-content'))).rejects.toThrow();
    await expect(readFile(join(never, '.kb/content-locales.json'))).rejects.toThrow();
  });

  it('takes the store lock: it refuses while another run holds it, so it never reads a store mid-write', async () => {
    const root = await createTempProject({ 'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Wait a minute.\n') });
    const script = `import { withLock } from ${JSON.stringify(join(import.meta.dirname, '../store/storeLock.ts'))};
      await withLock(${JSON.stringify(root)}, () => { console.log('locked'); return new Promise(() => setInterval(() => {}, 1000)); });`;
    const holder = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
      const result = runKb('assemble', '--root', root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`store/locked  the translation store is in use by pid ${holder.pid}`);
      await expect(readdir(join(root, '.kb/site-content'))).rejects.toThrow();
    } finally {
      const exited = new Promise((resolve) => holder.on('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
    }
    expect(runKb('assemble', '--root', root).status).toBe(0);
  });
});
