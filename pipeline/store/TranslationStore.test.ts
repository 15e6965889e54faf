import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { reconcileArticle } from './reconcileArticle.ts';
import type { StoreEntry } from './storeTypes.ts';
import { segment, translation } from './testSegment.ts';
import { TranslationStore } from './TranslationStore.ts';
import { writeTempFile } from '../fs/writeFileAtomic.ts';

let root: string;
let store: TranslationStore;
const id = 'calls/poor-call-quality';
const storePath = (...parts: string[]) => join(root, 'content', 'translations', ...parts);
const entries: StoreEntry[] = [
  translation('title', 'Poor call quality', 'Schlechte Anrufqualität'),
  { key: 'b1.s0', hash: segment('b1.s0', 'Open Settings.').hash, source: 'Open Settings.', state: 'new' },
];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-store-'));
  store = TranslationStore.open(root, config);
});

async function userError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.diagnostics.map(formatDiagnostic).join('\n');
}

describe('TranslationStore', () => {
  it('writes an article file that reads back the same, with a header naming the source', async () => {
    expect(await store.write('de', id, entries)).toBe(true);
    expect(await store.read('de', id)).toEqual(entries);
    const text = await readFile(storePath('de', 'calls', 'poor-call-quality.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# Polyglot KB translation store · de · calls/poor-call-quality · source content/en/calls/poor-call-quality.md');
    expect(await readFile(storePath('.gitignore'), 'utf8')).toMatch(/^\.lock$[\s\S]*^\*\.tmp$/m);
  });

  it('names an .mdx source in the header when the article is MDX', async () => {
    await mkdir(join(root, 'content', 'en', 'calls'), { recursive: true });
    await writeFile(join(root, 'content', 'en', 'calls', 'poor-call-quality.mdx'), '');
    await store.write('de', id, entries);
    expect(await readFile(storePath('de', 'calls', 'poor-call-quality.yaml'), 'utf8')).toMatch(/^# .* source content\/en\/calls\/poor-call-quality\.mdx\n/);
  });

  it('does not rewrite a file whose content is unchanged', async () => {
    await store.write('de', id, entries);
    const path = storePath('de', 'calls', 'poor-call-quality.yaml');
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(path, past, past);
    expect(await store.write('de', id, entries.map((e) => ({ ...e })))).toBe(false);
    expect((await stat(path)).mtime.toISOString()).toBe(past.toISOString());
  });

  it('removes the article file when no entries are left', async () => {
    await store.write('de', id, entries);
    expect(await store.write('de', id, [])).toBe(true);
    expect(await store.read('de', id)).toEqual([]);
    expect(await store.articles('de')).toEqual([]);
  });

  it('lists locales with a folder and their articles, skipping memory.yaml and temp files', async () => {
    await store.write('de', id, entries);
    await store.write('de', 'account/reset-password', entries);
    await store.write('fr', id, entries);
    await store.writeMemory('ja', [{ hash: entries[0]?.hash ?? '', source: 'Poor call quality', target: '通話品質が悪い', state: 'reviewed' }]);
    await writeTempFile(storePath('de', 'calls', 'no-ringtone.yaml'), 'half a run');
    await mkdir(storePath('xx'));
    expect(await store.locales()).toEqual(['de', 'fr', 'ja']);
    expect(await store.articles('de')).toEqual(['account/reset-password', 'calls/poor-call-quality']);
    expect(await store.articles('ja')).toEqual([]);
    expect(await store.articles('es')).toEqual([]);
  });

  it('reads the old content while a write is only half done', async () => {
    await store.write('de', id, entries);
    const path = storePath('de', 'calls', 'poor-call-quality.yaml');
    const before = await readFile(path, 'utf8');
    await writeTempFile(path, before.replace('Schlechte', 'Sehr schlechte'));
    expect(await store.read('de', id)).toEqual(entries);
  });

  it('reports a broken file with its line and column as a UserError', async () => {
    await store.write('de', id, entries);
    const path = storePath('de', 'calls', 'poor-call-quality.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('state: reviewed', 'state: done'));
    expect(await userError(store.read('de', id))).toBe(
      'content/translations/de/calls/poor-call-quality.yaml:10:12  store/invalid-state  segment title: state "done" is not allowed (one of new, fuzzy, machine, translated, reviewed, approved)',
    );
  });

  it('refuses locales that are unknown or the source, and ids that are not article ids', async () => {
    expect(await userError(store.read('xx', id))).toMatch(/locale\/unknown {2}unknown locale "xx"/);
    expect(await userError(store.read('en', id))).toMatch(/locale\/source {2}"en" is the source locale/);
    expect(await userError(store.write('de', '../../etc/passwd', entries))).toMatch(/store\/invalid-article-id/);
    await expect(readdir(join(root, 'content'))).rejects.toThrow();
  });

  it('refuses to write entries it could not read back, and writes nothing', async () => {
    const broken: StoreEntry = { key: 'b1.s0', hash: 'abc', source: 'x', state: 'reviewed' };
    await expect(store.write('de', id, [broken])).rejects.toThrow(/refusing to write an invalid store file[\s\S]*store\/invalid-hash/);
    await expect(readdir(join(root, 'content'))).rejects.toThrow();
  });

  it('saves a reconciled article: retired translations move to memory.yaml', async () => {
    const gone = translation('b1.s0', 'Tap Calls.', 'Tippen Sie auf Anrufe.');
    await store.write('de', id, [entries[0] as StoreEntry, gone]);
    const reconciliation = reconcileArticle([segment('title', 'Poor call quality')], await store.read('de', id));
    expect(await store.withLock(() => store.saveArticle('de', id, reconciliation))).toBe(true);
    expect(await store.read('de', id)).toEqual([entries[0]]);
    expect(await store.readMemory('de')).toEqual([{ article: id, key: 'b1.s0', hash: gone.hash, source: 'Tap Calls.', target: 'Tippen Sie auf Anrufe.', state: 'reviewed', origin: 'human', by: gone.by, at: gone.at }]);
    expect(await store.saveArticle('de', id, reconcileArticle([segment('title', 'Poor call quality')], await store.read('de', id)))).toBe(false);
  });

  it('writes memory before the article, so a failure in between leaves the translation in both', async () => {
    const gone = translation('b1.s0', 'Tap Calls.', 'Tippen Sie auf Anrufe.');
    await store.write('de', id, [gone]);
    // A folder where the article file should be makes its write fail after memory.yaml is written.
    const blocked = storePath('de', 'calls', 'poor-call-quality.yaml');
    await rm(blocked);
    await mkdir(join(blocked, 'x'), { recursive: true });
    await expect(store.saveArticle('de', id, { entries: [], retired: [gone] })).rejects.toThrow();
    expect((await store.readMemory('de')).map((u) => u.target)).toEqual(['Tippen Sie auf Anrufe.']);
  });

  it('reads many articles, listing every broken file in one UserError', async () => {
    await store.write('de', id, entries);
    await store.write('fr', id, entries);
    expect((await store.readAll(['de', 'fr'], [id, 'calls/no-ringtone'])).get('fr')).toEqual(new Map([[id, entries], ['calls/no-ringtone', []]]));
    for (const locale of ['de', 'fr']) await writeFile(storePath(locale, 'calls', 'poor-call-quality.yaml'), 'article: [');
    const message = await userError(store.readAll(['de', 'fr'], [id]));
    expect(message.split('\n').map((line) => line.split(':')[0])).toEqual(['content/translations/de/calls/poor-call-quality.yaml', 'content/translations/fr/calls/poor-call-quality.yaml']);
  });

  it('writes nothing when memory.yaml is broken', async () => {
    await store.write('de', id, entries);
    await writeFile(storePath('de', 'memory.yaml'), 'locale: de\nunits: [');
    const before = await readFile(storePath('de', 'calls', 'poor-call-quality.yaml'), 'utf8');
    const reconciliation = reconcileArticle([], entries);
    expect(await userError(store.saveArticle('de', id, reconciliation))).toMatch(/^content\/translations\/de\/memory\.yaml:2:\d+ {2}store\/yaml/);
    expect(await readFile(storePath('de', 'calls', 'poor-call-quality.yaml'), 'utf8')).toBe(before);
  });
});
