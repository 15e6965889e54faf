import { DeepLClient, DeepLError, GlossaryEntries, QuotaExceededError } from 'deepl-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeepLServer, type DeepLTestServer } from './server.ts';

const key = 'server-test-key';
let server: DeepLTestServer;
let client: DeepLClient;
beforeEach(async () => {
  server = await startDeepLServer({ authKey: key, dictionary: { DE: { Hello: 'Hallo' } }, characterLimit: 1000 });
  client = new DeepLClient(key, { serverUrl: server.url, maxRetries: 5, minTimeout: 1000 });
});
afterEach(() => server.close());

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body, headers });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the DeepL test server', () => {
  it('translates form and JSON bodies alike: fixture dictionary, else a marked pseudo-translation that keeps XML tags', async () => {
    const form = await client.translateText(['Hello', 'Tap <g id="1">Settings</g> <x id="2"/>'], 'en', 'de', { tagHandling: 'xml' });
    expect(form.map((r) => [r.text, r.billedCharacters])).toEqual([['Hallo', 5], ['[DE] Tap <g id="1">Settings</g> <x id="2"/>', 13]]);
    const json = await post('/v2/translate', JSON.stringify({ text: ['Hello'], target_lang: 'DE', show_billed_characters: true }), { authorization: `DeepL-Auth-Key ${key}`, 'content-type': 'application/json' });
    expect(json).toEqual({ status: 200, json: { translations: [{ detected_source_language: 'EN', text: 'Hallo', billed_characters: 5 }] } });
    expect(server.requests.map((r) => r.contentType.split(';')[0])).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(server.usage.count).toBe(5 + 13 + 5);
    expect((await client.getUsage()).character).toMatchObject({ count: 23, limit: 1000 });
  });

  it('validates like DeepL: auth header, target and source languages, formality, tag handling, text count, glossary', async () => {
    const form = (params: Record<string, string>) => new URLSearchParams({ text: 'Hi', ...params }).toString();
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await post('/v2/translate', form({ target_lang: 'DE' }), formHeaders)).status).toBe(403);
    expect((await post('/v2/translate', form({ target_lang: 'DE' }), { ...formHeaders, authorization: 'DeepL-Auth-Key nope' })).status).toBe(403);
    expect((await post('/v2/translate', form({ target_lang: 'DE' }), { ...formHeaders, authorization: `Bearer ${key}` })).status).toBe(403);
    await expect(client.translateText('Hi', null, 'xx' as 'de')).rejects.toThrow("Bad request, message: Value for 'target_lang' not supported.");
    await expect(client.translateText('Hi', 'xx' as 'en', 'de')).rejects.toThrow("Value for 'source_lang' not supported.");
    await expect(client.translateText('Hi', 'en', 'zh-HANS', { formality: 'more' })).rejects.toThrow("'formality' is not supported for given 'target_lang'.");
    await expect(client.translateText('Hi', 'en', 'zh-HANS', { formality: 'prefer_more' })).resolves.toMatchObject({ text: '[ZH-HANS] Hi' });
    await expect(client.translateText('Hi', 'en', 'de', { formality: 'much' as 'more' })).rejects.toThrow("Value for 'formality' not supported.");
    await expect(client.translateText('Hi', 'en', 'de', { tagHandling: 'yaml' as 'xml' })).rejects.toThrow("Value for 'tag_handling' not supported.");
    await expect(client.translateText(Array.from({ length: 51 }, (_, i) => `t${i}`), 'en', 'de')).rejects.toThrow('Too many texts');
    await expect(client.translateText('Hi', 'en', 'de', { glossary: 'no-such-glossary' })).rejects.toThrow('Invalid glossary_id');
    expect((await post('/v2/translate', 'target_lang=DE', { ...formHeaders, authorization: `DeepL-Auth-Key ${key}` })).json).toEqual({ message: "Parameter 'text' not specified." });
    expect(server.usage.count).toBe(2); // only the answered request is billed
  });

  it('lists languages and glossary language pairs', async () => {
    expect((await client.getSourceLanguages()).map((l) => l.code)).toContain('en');
    const targets = await client.getTargetLanguages();
    expect(targets.find((l) => l.code === 'de')).toMatchObject({ supportsFormality: true });
    expect(targets.find((l) => l.code === 'zh-HANS')).toMatchObject({ supportsFormality: false });
    expect(await client.getGlossaryLanguagePairs()).toContainEqual({ sourceLang: 'en', targetLang: 'ja' });
  });

  it('serves v2 glossaries: create, list, get, entries, use, delete', async () => {
    const glossary = await client.createGlossary('v2', 'en', 'de', new GlossaryEntries({ entries: { Settings: 'Einstellungen' } }));
    expect(glossary).toMatchObject({ name: 'v2', sourceLang: 'en', targetLang: 'de', entryCount: 1, ready: true });
    expect((await client.listGlossaries()).map((g) => g.glossaryId)).toEqual([glossary.glossaryId]);
    expect((await client.getGlossary(glossary.glossaryId)).name).toBe('v2');
    expect((await client.getGlossaryEntries(glossary)).entries()).toEqual({ Settings: 'Einstellungen' });
    expect((await client.translateText('Open Settings', 'en', 'de', { glossary })).text).toBe('[DE] Open Einstellungen');
    await client.deleteGlossary(glossary);
    await expect(client.getGlossary(glossary.glossaryId)).rejects.toThrow('Glossary not found');
  });

  it('serves v3 glossaries: create, get, list, entries, replace and delete a dictionary, rename, delete', async () => {
    const glossary = await client.createMultilingualGlossary('v3', [
      { sourceLangCode: 'en', targetLangCode: 'de', entries: new GlossaryEntries({ entries: { Settings: 'Einstellungen' } }) },
      { sourceLangCode: 'en', targetLangCode: 'ja', entries: new GlossaryEntries({ entries: { Settings: '設定' } }) },
    ]);
    expect(glossary.dictionaries).toEqual([{ sourceLangCode: 'en', targetLangCode: 'de', entryCount: 1 }, { sourceLangCode: 'en', targetLangCode: 'ja', entryCount: 1 }]);
    expect((await client.getMultilingualGlossary(glossary.glossaryId)).name).toBe('v3');
    expect((await client.listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([glossary.glossaryId]);
    expect((await client.getMultilingualGlossaryDictionaryEntries(glossary, 'en', 'ja')).entries.entries()).toEqual({ Settings: '設定' });
    await client.replaceMultilingualGlossaryDictionary(glossary, { sourceLangCode: 'en', targetLangCode: 'de', entries: new GlossaryEntries({ entries: { Settings: 'Optionen' } }) });
    expect((await client.translateText('Settings', 'en', 'de', { glossary: glossary.glossaryId })).text).toBe('[DE] Optionen');
    await client.deleteMultilingualGlossaryDictionary(glossary, 'en', 'ja');
    await expect(client.translateText('Settings', 'en', 'ja', { glossary: glossary.glossaryId })).rejects.toThrow('does not match the language pair');
    expect((await client.updateMultilingualGlossaryName(glossary, 'renamed')).name).toBe('renamed');
    await client.deleteMultilingualGlossary(glossary);
    await expect(client.getMultilingualGlossary(glossary.glossaryId)).rejects.toThrow(DeepLError);
  });

  it('fails on demand; the client retries 5xx and dropped connections (429 and timeouts: faults.test.ts), and stops at 456', async () => {
    const faults = [{ kind: 'status' as const, status: 503 }, { kind: 'destroy' as const }];
    server.faults = () => faults.shift();
    await expect(client.translateText('Hello', 'en', 'de')).resolves.toMatchObject({ text: 'Hallo' });
    expect(server.requests.map((r) => r.outcome)).toEqual([503, 'destroy', 200]);
    server.faults = () => ({ kind: 'status', status: 456 });
    await expect(client.translateText('Hello', 'en', 'de')).rejects.toThrow(QuotaExceededError);
    expect(server.requests).toHaveLength(4); // 456 is not retried
    server.faults = undefined;
    server.usage.count = server.usage.limit - 2;
    await expect(client.translateText('Hello', 'en', 'de')).rejects.toThrow(QuotaExceededError);
  });
});
