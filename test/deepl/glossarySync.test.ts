import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import type { LocaleConfig } from '../../pipeline/config/defineConfig.ts';
import { targetLocales } from '../../pipeline/config/loadConfig.ts';
import type { ApprovedTerm } from '../../pipeline/translate/providers/deepl/approvedTerms.ts';
import { deeplProvider } from '../../pipeline/translate/providers/deepl/deeplProvider.ts';
import { createClient } from '../../pipeline/translate/providers/deepl/deeplSettings.ts';
import { syncGlossary, type GlossaryDictionary } from '../../pipeline/translate/providers/deepl/glossarySync.ts';
import { startDeepLServer, type DeepLTestServer } from './server.ts';

const key = 'glossary-test-key';
let server: DeepLTestServer;
let stateFile: string;
beforeEach(async () => {
  server = await startDeepLServer({ authKey: key });
  stateFile = join(await mkdtemp(join(tmpdir(), 'kb-glossary-')), '.kb/cache/deepl-glossary.json');
});
afterEach(() => server.close());

const settings = () => ({ authKey: key, serverUrl: server.url, maxRetries: 2, minTimeout: 1000 });
const glossaryRequests = () => server.requests.filter((r) => r.path.startsWith('/v3/glossaries') || r.path.startsWith('/v2/glossaries'));
const locale = (code: string) => config.locales.find((l) => l.code === code) as LocaleConfig;

describe('syncGlossary', () => {
  it('creates one v3 glossary, then sends only what changed, and nothing when nothing did', async () => {
    const client = createClient(settings());
    const de: GlossaryDictionary = { sourceLang: 'en', targetLang: 'de', entries: { Settings: 'Einstellungen', chat: 'Chat' } };
    const ja: GlossaryDictionary = { sourceLang: 'en', targetLang: 'ja', entries: { Settings: '設定' } };

    const first = await syncGlossary(client, [de, ja], stateFile, server.url);
    expect(glossaryRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v3/glossaries']);
    const id = first.glossaryId as string;
    expect([...(server.glossaries.get(id)?.dictionaries.keys() ?? [])]).toEqual(['en>de', 'en>ja']);
    expect(server.requests.map((r) => r.path)).toEqual(['/v2/glossary-language-pairs', '/v3/glossaries']);
    const state = await readFile(stateFile, 'utf8');
    expect(JSON.parse(state)).toMatchObject({ glossaryId: id, serverUrl: server.url });
    expect(state).not.toContain(key);

    // Same terms, listed in another order: nothing is sent.
    const again = await syncGlossary(client, [ja, { ...de, entries: { chat: 'Chat', Settings: 'Einstellungen' } }], stateFile, server.url);
    expect(again?.glossaryId).toBe(id);
    expect(glossaryRequests()).toHaveLength(1);

    // One German term changes: only the German dictionary is replaced.
    await syncGlossary(client, [{ ...de, entries: { Settings: 'Einstellungen', chat: 'Unterhaltung' } }, ja], stateFile, server.url);
    expect(glossaryRequests().slice(1).map((r) => `${r.method} ${r.path} ${r.params.get('target_lang')}`)).toEqual([`PUT /v3/glossaries/${id}/dictionaries de`]);
    expect(server.glossaries.get(id)?.dictionaries.get('en>de')?.entries.get('chat')).toBe('Unterhaltung');

    // Japanese loses its last term: its dictionary is deleted.
    await syncGlossary(client, [{ ...de, entries: { Settings: 'Einstellungen', chat: 'Unterhaltung' } }, { ...ja, entries: {} }], stateFile, server.url);
    expect(glossaryRequests().at(-1)).toMatchObject({ method: 'DELETE', path: `/v3/glossaries/${id}/dictionaries` });
    expect([...(server.glossaries.get(id)?.dictionaries.keys() ?? [])]).toEqual(['en>de']);
  });

  it('leaves out language pairs DeepL has no glossaries for, and says so', async () => {
    const client = createClient(settings());
    const de: GlossaryDictionary = { sourceLang: 'en', targetLang: 'de', entries: { Settings: 'Einstellungen' } };
    const ar: GlossaryDictionary = { sourceLang: 'en', targetLang: 'ar', entries: { Settings: 'الإعدادات' } };
    const synced = await syncGlossary(client, [de, ar], stateFile, server.url);
    expect(synced).toMatchObject({ targets: new Set(['de']), unsupported: ['en>ar'] });
    expect([...(server.glossaries.get(synced.glossaryId as string)?.dictionaries.keys() ?? [])]).toEqual(['en>de']);
    // Unchanged: not even the language pairs are asked for again.
    const requests = server.requests.length;
    expect((await syncGlossary(client, [de, ar], stateFile, server.url)).targets).toEqual(new Set(['de']));
    expect(server.requests).toHaveLength(requests);
  });

  it('creates a new glossary when DeepL no longer has the one it remembers, and deletes it when the glossary empties', async () => {
    const client = createClient(settings());
    const de: GlossaryDictionary = { sourceLang: 'en', targetLang: 'de', entries: { Settings: 'Einstellungen' } };
    const first = await syncGlossary(client, [de], stateFile, server.url);
    server.glossaries.clear();
    const second = await syncGlossary(client, [{ ...de, entries: { Settings: 'Optionen' } }], stateFile, server.url);
    expect(second.glossaryId).not.toBe(first.glossaryId);
    expect(server.glossaries.has(second.glossaryId as string)).toBe(true);

    expect((await syncGlossary(client, [{ ...de, entries: {} }], stateFile, server.url)).glossaryId).toBeUndefined();
    expect(server.glossaries.size).toBe(0);
  });
});

describe('the deepl provider and the glossary', () => {
  let terms: Record<string, ApprovedTerm[]>;
  let warnings: string[];
  beforeEach(() => {
    terms = {
      de: [{ source: 'Settings', target: 'Einstellungen', caseSensitive: true }],
      es: [{ source: 'Settings', target: 'Ajustes', caseSensitive: true }],
      ar: [{ source: 'Settings', target: 'الإعدادات', caseSensitive: true }],
    };
    warnings = [];
  });
  const provider = () =>
    deeplProvider({ settings: settings(), source: locale('en'), targets: targetLocales(config), approvedTerms: (code) => terms[code] ?? [], glossaryStateFile: stateFile, onWarning: (m) => warnings.push(m) });
  const batch = { indices: [0], texts: ['Open {1}Settings{/1}.'], characters: [14] };

  it('syncs once per run, uses the glossary on every request for a language it covers, and re-syncs only on change', async () => {
    const run = provider();
    const de = await run.translate(batch, locale('en'), locale('de'));
    expect(de.texts).toEqual([{ target: '[DE] Open {1}Einstellungen{/1}.' }]);
    await run.translate(batch, locale('en'), locale('de'));
    const es = await run.translate(batch, locale('en'), locale('es'));
    expect(es.texts).toEqual([{ target: '[ES-419] Open {1}Ajustes{/1}.' }]);
    const zh = await run.translate(batch, locale('en'), locale('zh-cn'));
    expect(zh.texts).toEqual([{ target: '[ZH-HANS] Open {1}Settings{/1}.' }]);
    const ar = await run.translate(batch, locale('en'), locale('ar'));
    expect(ar.texts).toEqual([{ target: '[AR] Open {1}Settings{/1}.' }]);

    const [glossary] = server.glossaries.values();
    expect(glossaryRequests()).toHaveLength(1);
    // ES-419 uses the root "es" dictionary; Chinese has no approved terms and DeepL no Arabic glossaries: no glossary.
    expect(server.translated().map((r) => r.params.get('glossary_id')?.[0])).toEqual([glossary?.id, glossary?.id, glossary?.id, undefined, undefined]);
    expect(warnings).toEqual(['DeepL has no glossaries for en→ar: that language is translated without the project glossary']);

    // The next run, glossary unchanged: no glossary request at all.
    await provider().translate(batch, locale('en'), locale('de'));
    expect(glossaryRequests()).toHaveLength(1);
    // A term changes: one dictionary replaced, then used.
    terms.de = [{ source: 'Settings', target: 'Optionen', caseSensitive: true }];
    const changed = await provider().translate(batch, locale('en'), locale('de'));
    expect(changed.texts).toEqual([{ target: '[DE] Open {1}Optionen{/1}.' }]);
    expect(glossaryRequests().map((r) => r.method)).toEqual(['POST', 'PUT']);
  });

  it('makes the glossary afresh when DeepL refuses the one it remembers (deleted, or another account)', async () => {
    await provider().translate(batch, locale('en'), locale('de'));
    server.glossaries.clear();
    const next = await provider().translate(batch, locale('en'), locale('de'));
    expect(next.texts).toEqual([{ target: '[DE] Open {1}Einstellungen{/1}.' }]);
    const [glossary] = server.glossaries.values();
    expect(server.translateRequests().map((r) => r.outcome)).toEqual([200, 400, 200]);
    expect(server.translated().at(-1)?.params.get('glossary_id')).toEqual([glossary?.id]);
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toMatchObject({ glossaryId: glossary?.id });
  });
});
