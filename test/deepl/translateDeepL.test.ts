import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFile, createTempProject, startKb } from '../helpers/tempProject.ts';
import { requireValidProject } from '../../pipeline/content/requireValidProject.ts';
import { TranslationStore } from '../../pipeline/store/index.ts';
import { startDeepLServer, type DeepLTestServer } from './server.ts';

const key = 'kb-test-key-5f1c9e0a:fx';
const noArabicGlossary = 'warning: DeepL has no glossaries for en→ar: that language is translated without the project glossary';
const body = 'Open **Settings** and tap `Calls`. Wait 30 seconds before you call again.\n\n## Still choppy?\n\nSwitch to Wi-Fi.\n';

let root: string;
let server: DeepLTestServer;
beforeEach(async () => {
  root = await createTempProject({ 'content/en/calls/choppy.md': articleFile('calls', 'Choppy calls', body) });
  server = await startDeepLServer({ authKey: key });
});
afterEach(() => server.close());

function kb(args: string[], env: NodeJS.ProcessEnv = {}) {
  return startKb(['translate', '--root', root, '--provider', 'deepl', ...args], { DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url, KB_DEEPL_TIMEOUT_MS: '2000', ...env }).done;
}

async function entries(locale: string, id = 'calls/choppy') {
  return TranslationStore.open(root, (await requireValidProject(root)).config).read(locale, id);
}

/** Every file under `dir`, recursively. */
async function allFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await allFiles(path)));
    else found.push(path);
  }
  return found;
}

describe('kb translate --provider deepl', () => {
  it('translates through deepl-node with XML tags, formality and context, and stores state machine, origin mt:deepl', async () => {
    const run = await kb(['--locale', 'de', '--locale', 'es', '--locale', 'zh-cn']);
    // The project glossary has Arabic terms; DeepL (and its test server) has no en→ar glossaries.
    expect(run.stderr).toBe(`${noArabicGlossary}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/billed \d+ characters/);

    const de = await entries('de');
    expect(de.find((e) => e.source.startsWith('Open'))).toMatchObject({
      source: 'Open {1}Settings{/1} and tap {2}.',
      // glossary/terms.yaml approves Settings → Einstellungen; the test server applies the glossary it was sent.
      target: '[DE] Open {1}Einstellungen{/1} and tap {2}.',
      state: 'machine',
      origin: 'mt:deepl',
    });
    expect(de.every((e) => e.state === 'machine' && e.origin === 'mt:deepl')).toBe(true);
    expect((await entries('zh-cn')).every((e) => e.target?.startsWith('[ZH-HANS] '))).toBe(true);

    const requests = server.translated();
    expect(requests).toHaveLength(3); // one article, one batch per locale
    const byTarget = new Map(requests.map((r) => [r.params.get('target_lang')?.[0]?.toUpperCase(), r]));
    const deRequest = byTarget.get('DE');
    expect(deRequest?.contentType).toContain('application/x-www-form-urlencoded');
    expect(deRequest?.params.get('tag_handling')).toEqual(['xml']);
    expect(deRequest?.params.get('source_lang')).toEqual(['en']);
    expect(deRequest?.params.get('text')).toContain('Open <g id="1">Settings</g> and tap <x id="2"/>.');
    expect(deRequest?.params.get('context')?.[0]).toContain('Wait 30 seconds before you call again.');
    // Register from kb.config.ts: de formal, es-419 informal, zh-cn formal but DeepL has no formality for Chinese.
    expect(deRequest?.params.get('formality')).toEqual(['prefer_more']);
    expect(byTarget.get('ES-419')?.params.get('formality')).toEqual(['prefer_less']);
    expect(byTarget.get('ZH-HANS')?.params.has('formality')).toBe(false);
  });

  it('sends the article title as context with a batch that does not hold it', async () => {
    await kb(['--locale', 'fr']);
    // The writer adds a sentence: only it is sent, with the title and its neighbours as context.
    const { writeProjectFiles } = await import('../helpers/tempProject.ts');
    await writeProjectFiles(root, { 'content/en/calls/choppy.md': articleFile('calls', 'Choppy calls', body.replace('Switch to Wi-Fi.', 'Switch to Wi-Fi. Move closer to the router.')) });
    await kb(['--locale', 'fr']);
    const last = server.translated().at(-1);
    expect(last?.params.get('text')).toEqual(['Move closer to the router.']);
    expect(last?.params.get('context')).toEqual(['Choppy calls Switch to Wi-Fi.']);
  });

  it('rejects an answer that loses, invents or breaks a tag: that segment is reported and not stored, the rest is', async () => {
    await server.close();
    server = await startDeepLServer({
      authKey: key,
      dictionary: {
        DE: {
          'Open <g id="1">Settings</g> and tap <x id="2"/>.': 'Öffnen Sie Einstellungen und tippen Sie auf <x id="2"/>.',
          'Wait 30 seconds before you call again.': 'Warten Sie <x id="7"/> 30 Sekunden.',
          'Switch to Wi-Fi.': 'Wechseln Sie zu <b>WLAN</b>.',
        },
      },
    });
    const run = await kb(['--locale', 'de']);
    expect(run.status).toBe(0);
    const warnings = run.stderr.trim().split('\n').filter((line) => line !== noArabicGlossary);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe('warning: de calls/choppy b0.s0: deepl broke the placeholders of "Open {1}Settings{/1} and tap {2}." (placeholder {1} is missing); not stored');
    expect(warnings[1]).toContain('b0.s1: deepl broke the placeholders of "Wait 30 seconds before you call again." (placeholder {7} is not in the source)');
    expect(warnings[2]).toContain('"Switch to Wi-Fi." (unexpected "<"');
    expect(run.stdout).toContain('rejected 3 segments');
    const de = await entries('de');
    expect(de.filter((e) => e.state === 'new').map((e) => e.source)).toEqual(['Open {1}Settings{/1} and tap {2}.', 'Wait 30 seconds before you call again.', 'Switch to Wi-Fi.']);
    expect(de.filter((e) => e.state === 'new').every((e) => e.target === undefined)).toBe(true);
    expect(de.filter((e) => e.state === 'machine')).toHaveLength(3);
    // The next run sends only the rejected ones again.
    await kb(['--locale', 'de']);
    expect(server.translated().at(-1)?.params.get('text')).toEqual(['Open <g id="1">Settings</g> and tap <x id="2"/>.', 'Wait 30 seconds before you call again.', 'Switch to Wi-Fi.']);
  });

  it('never writes or prints the key: store, caches, reports and error output are free of it', async () => {
    const runs = [await kb(['--locale', 'de', '--locale', 'fr'])];
    const { writeProjectFiles } = await import('../helpers/tempProject.ts');
    await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones. Turn the volume down.\n') });
    runs.push(await kb(['--json']));
    // Failures print too: a used-up quota, a connection dropped on every attempt.
    await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Check the cable.\n') });
    server.faults = () => ({ kind: 'status', status: 456 });
    runs.push(await kb(['--locale', 'de']));
    server.faults = () => ({ kind: 'destroy' });
    runs.push(await kb(['--locale', 'fr'], { KB_DEEPL_MAX_RETRIES: '1' }));
    expect(runs.map((r) => r.status)).toEqual([0, 0, 1, 1]);
    expect(runs[3]?.stderr).toContain('DeepL request failed: Connection failure: socket hang up');
    expect(server.requests.every((r) => r.authorization === `DeepL-Auth-Key ${key}`)).toBe(true);
    const files = await allFiles(root);
    expect(files.some((f) => f.includes(join('.kb', 'cache')))).toBe(true);
    for (const file of files) expect(await readFile(file, 'utf8'), file).not.toContain(key);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(key);
  });

  it('a refused key stops with a one-line reason, exit 1, and does not print the key', async () => {
    const wrong = 'wrong-key-8c2d1b';
    const run = await kb(['--locale', 'de'], { DEEPL_AUTH_KEY: wrong });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DeepL refused the key (403): check DEEPL_AUTH_KEY');
    expect(run.stdout + run.stderr).not.toContain(wrong);
    for (const file of await allFiles(root)) expect(await readFile(file, 'utf8')).not.toContain(wrong);
  });

  it('without DEEPL_AUTH_KEY: one line saying what to set, exit 1, nothing sent or written', async () => {
    const run = await kb(['--locale', 'de'], { DEEPL_AUTH_KEY: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['environment:1:1  deepl/missing-key  DEEPL_AUTH_KEY is not set (set DEEPL_AUTH_KEY to your DeepL API key, or run with --dry-run to see what it would cost)']);
    expect(server.requests).toHaveLength(0);
    await expect(readdir(join(root, 'content'))).resolves.toEqual(['en']);
  });

  it('--dry-run prints the characters that would be billed per locale, needs no key, calls and writes nothing', async () => {
    const run = await kb(['--dry-run', '--locale', 'de', '--locale', 'ja'], { DEEPL_AUTH_KEY: '' });
    expect(run.status).toBe(0);
    // Prose only, tags excluded, as DeepL bills: the title, the description and four sentences.
    const billed = ['Choppy calls', 'Choppy calls — help.', 'Open Settings and tap .', 'Wait 30 seconds before you call again.', 'Still choppy?', 'Switch to Wi-Fi.'].reduce((n, t) => n + [...t].length, 0);
    expect(run.stdout.match(/would bill \d+ characters/g)).toEqual([`would bill ${billed} characters`, `would bill ${billed} characters`]);
    expect(server.requests).toHaveLength(0);
    // (loadProject's derived link cache aside, .kb/cache/article-links.json, which every command may write)
    await expect(readFile(join(root, '.kb/cache/deepl-glossary.json'))).rejects.toThrow();
    await expect(readdir(join(root, 'content'))).resolves.toEqual(['en']);
    // And a real run bills exactly that.
    await kb(['--locale', 'de']);
    expect(server.usage.count).toBe(billed);
  });
});
