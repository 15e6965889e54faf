import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { loadDoNotTranslate } from '../store/index.ts';
import { approvedTranslations, loadGlossary } from './loadGlossary.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-glossary-'));
  await mkdir(join(root, 'glossary'));
});

const write = (text: string) => writeFile(join(root, 'glossary', 'terms.yaml'), text);
const failure = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: unknown) => (e instanceof UserError ? e.diagnostics.map(formatDiagnostic).join('\n') : String(e)));

describe('loadGlossary', () => {
  it('reads the project glossary: do-not-translate terms, statuses and translations for every locale', async () => {
    const glossary = await loadGlossary(process.cwd());
    expect(glossary.doNotTranslate).toEqual(await loadDoNotTranslate(process.cwd()));
    expect(glossary.terms.length).toBeGreaterThanOrEqual(25);
    for (const locale of ['de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn', 'ar']) expect(approvedTranslations(glossary, locale).length).toBeGreaterThanOrEqual(25);
    const computer = glossary.terms.find((t) => t.source === 'computer');
    expect(computer?.translations.es).toEqual([{ term: 'computadora', status: 'preferred' }, { term: 'ordenador', status: 'forbidden', note: 'Spain; Latin America says computadora' }]);
    expect(glossary.terms.find((t) => t.source === 'whitelist')).toMatchObject({ status: 'forbidden', useInstead: 'allowlist' });
  });

  it('is empty without a glossary file', async () => {
    expect(await loadGlossary(root)).toEqual({ doNotTranslate: [], terms: [] });
  });

  it('approves the first preferred translation, else the first admitted one; never a forbidden term', async () => {
    await write(`terms:
  - term: password
    pos: noun
    translations:
      de: [{ term: Kennwort, status: deprecated }, { term: Passwort, status: admitted }, Geheimwort]
      fr: [{ term: mot de passe, status: admitted }]
      ja: [{ term: 暗号, status: forbidden }]
  - term: whitelist
    pos: noun
    status: forbidden
    translations:
      de: [Whitelist]
  - term: PIN
    pos: noun
    caseSensitive: true
    translations:
      de: [PIN]
`);
    const glossary = await loadGlossary(root);
    expect(approvedTranslations(glossary, 'de')).toEqual([
      { source: 'password', target: 'Geheimwort', caseSensitive: false },
      { source: 'PIN', target: 'PIN', caseSensitive: true },
    ]);
    expect(approvedTranslations(glossary, 'fr')).toEqual([{ source: 'password', target: 'mot de passe', caseSensitive: false }]);
    expect(approvedTranslations(glossary, 'ja')).toEqual([]);
  });

  it('reports every schema problem as file:line:col with a hint', async () => {
    await write(`doNotTranslate:
  - Lumo
terms:
  - term: password
    pos: noun
    colour: blue
    translations:
      de: [Passwort, { term: Kennwort, status: old }]
      DE_de: [Passwort]
  - pos: noun
  - term: chat
    pos: nown
    caseSensitive: maybe
    translations:
      fr: [[discussion]]
`);
    expect((await failure(loadGlossary(root))).split('\n')).toEqual([
      'glossary/terms.yaml:6:5  glossary/unknown-key  term "password": unknown key "colour" (allowed keys: term, pos, status, useInstead, note, caseSensitive, translations)',
      'glossary/terms.yaml:8:48  glossary/invalid-status  term "password": status "old" is not allowed (one of preferred, admitted, deprecated, forbidden)',
      'glossary/terms.yaml:9:7  glossary/invalid-locale  term "password": "DE_de" is not a locale code (use the locale codes of kb.config.ts: de, fr, es, pt-br, ja, zh-cn, ar)',
      'glossary/terms.yaml:10:5  glossary/required  term 2: "term" is required (each entry starts with "- term: <English term>")',
      'glossary/terms.yaml:12:10  glossary/invalid-pos  term "chat": pos "nown" is not allowed (part of speech: noun, verb, adjective, adverb, phrase or proper noun)',
      'glossary/terms.yaml:13:20  glossary/invalid-case-sensitive  term "chat": caseSensitive must be boolean (true or false)',
      'glossary/terms.yaml:15:12  glossary/invalid-translation  term "chat": translation ["discussion"] is not a term (write a term, or { term: …, status: admitted })',
    ]);
  });

  it('reports a term defined twice and broken YAML', async () => {
    await write('terms:\n  - term: Chat\n    pos: noun\n  - term: chat\n    pos: noun\n');
    expect(await failure(loadGlossary(root))).toBe('glossary/terms.yaml:4:11  glossary/duplicate-term  "chat" is already defined on line 2 (merge the two entries)');
    await write('terms:\n  - term: [chat\n');
    expect(await failure(loadGlossary(root))).toMatch(/^glossary\/terms\.yaml:\d+:\d+ {2}glossary\/yaml {2}/);
  });
});
