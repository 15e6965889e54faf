import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFile, createTempProject, runKb, writeProjectFiles } from '../../test/helpers/tempProject.ts';
import { TranslationStore } from '../store/index.ts';
import config from '../../kb.config.ts';

const source = `Open **Settings** › **Privacy**. Then read [the encryption FAQ](../privacy-security/encryption) and [blocking](../privacy-security/encryption#block).

## Two things

- Lumo keeps your chats private. Nobody else can read them.
- Calls are encrypted too.

| Plan | Price |
| --- | --- |
| Free | 0 |
`;

const german = `Öffnen Sie **Einstellungen** › **Datenschutz**. Lesen Sie dann zuerst [Blockieren](../privacy-security/encryption#block) und [die Verschlüsselungs-FAQ](../privacy-security/encryption).

## Zwei Dinge

- Ihre Chats bleiben privat – niemand sonst kann sie lesen.
- Auch Anrufe sind verschlüsselt.

| Tarif | Preis |
| --- | --- |
| Kostenlos | 0 |
`;

let root: string;
beforeEach(async () => {
  root = await createTempProject({
    'content/en/privacy-security/encryption.md': articleFile('privacy-security', 'Encryption', source),
    'import/de/privacy-security/encryption.md': articleFile('privacy-security', 'Verschlüsselung', german),
  });
});

describe('kb align', () => {
  it('pairs sentences, keeps each link URL on its own words, and keeps a re-split block as one unit', async () => {
    const result = runKb('align', '--root', root, '--locale', 'de', 'import/de', '--by', 'Anna');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('de: aligned 1 article, 10 segments, 1 block as whole units (sentence counts differ)');
    const store = TranslationStore.open(root, config);
    const entries = await store.read('de', 'privacy-security/encryption');
    const byKey = Object.fromEntries(entries.map((e) => [e.key, e]));
    // The translator swapped the two links: the numbering follows the URLs, not the order.
    expect(byKey['b0.s1']).toMatchObject({
      source: 'Then read {1}the encryption FAQ{/1} and {2}blocking{/2}.',
      target: 'Lesen Sie dann zuerst {2}Blockieren{/2} und {1}die Verschlüsselungs-FAQ{/1}.',
      state: 'translated',
      origin: 'human',
      by: 'Anna',
    });
    expect(byKey.title?.target).toBe('Verschlüsselung');
    // "Lumo keeps… Nobody else…" is two sentences in English and one in German.
    expect(byKey['b2.s0']?.state).toBe('new');
    const memory = await store.readMemory('de');
    expect(memory).toEqual([
      expect.objectContaining({ article: 'privacy-security/encryption', key: 'b2', source: '{1} keeps your chats private. Nobody else can read them.', target: 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.', origin: 'import:align' }),
    ]);
  });

  it('reports a translation whose structure does not line up, and writes nothing', async () => {
    await writeProjectFiles(root, {
      'import/de/privacy-security/encryption.md': articleFile('privacy-security', 'Verschlüsselung', german.replace('## Zwei Dinge\n\n', '## Zwei Dinge\n\nEin zusätzlicher Absatz.\n\n')),
    });
    const result = runKb('align', '--root', root, '--locale', 'de', 'import/de');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import\/de\/privacy-security\/encryption\.md:13:1 {2}align\/structure {2}block 3 is a listItem \("\{1\} keeps your chats private\."\) in the source but a paragraph \("Ein zusätzlicher Absatz\."\) in the translation/m);
    const written = await readdir(join(root, 'content'), { recursive: true });
    expect(written.filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });

  it('reports a translation with no source article and an unknown locale', async () => {
    await writeProjectFiles(root, { 'import/de/calls/ghost.md': articleFile('calls', 'Geist', 'Boo.\n') });
    const ghost = runKb('align', '--root', root, '--locale', 'de', 'import/de');
    expect(ghost.status).toBe(1);
    expect(ghost.stderr).toContain('import/de/calls/ghost.md:1:1  align/no-source  there is no source article calls/ghost');
    const partial = runKb('align', '--root', root, '--locale', 'de', 'import/de', '--partial');
    expect(partial.status).toBe(1);
    expect(partial.stdout).toContain('de: aligned 1 article');
    expect(await readFile(join(root, 'content/translations/de/privacy-security/encryption.yaml'), 'utf8')).toContain('Verschlüsselung');
    const unknown = runKb('align', '--root', root, '--locale', 'klingon', 'import/de');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('locale/unknown');
  });
});
