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
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('de: aligned 1 article (0 sentence by sentence, 1 with 1 block kept whole), refused 0; 10 segments; 2 store files changed');
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

  it('refuses an article whose structure does not line up, with its position, and still writes the others', async () => {
    await writeProjectFiles(root, {
      'content/en/calls/group-calls.md': articleFile('calls', 'Group calls', 'Tap **Call**. Add up to 8 people.\n'),
      'import/de/calls/group-calls.md': articleFile('calls', 'Gruppenanrufe', 'Tippen Sie auf **Anrufen**. Fügen Sie bis zu 8 Personen hinzu.\n'),
      'import/de/privacy-security/encryption.md': articleFile('privacy-security', 'Verschlüsselung', german.replace('## Zwei Dinge\n\n', '## Zwei Dinge\n\nEin zusätzlicher Absatz.\n\n')),
    });
    const result = runKb('align', '--root', root, '--locale', 'de', 'import/de');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import\/de\/privacy-security\/encryption\.md:13:1 {2}align\/structure {2}block 3 is a listItem \("\{1\} keeps your chats private\."\) in the source but a paragraph \("Ein zusätzlicher Absatz\."\) in the translation/m);
    expect(result.stdout).toContain('de: aligned 1 article (1 sentence by sentence, 0 with 0 blocks kept whole), refused 1;');
    const written = (await readdir(join(root, 'content/translations'), { recursive: true })).filter((f) => f.endsWith('.yaml'));
    expect(written).toEqual([join('de', 'calls', 'group-calls.yaml')]);
    const store = TranslationStore.open(root, config);
    expect((await store.read('de', 'calls/group-calls')).map((e) => e.target)).toEqual(['Gruppenanrufe', 'Gruppenanrufe — help.', 'Tippen Sie auf {1}Anrufen{/1}.', 'Fügen Sie bis zu 8 Personen hinzu.']);
  });

  it('with --strict writes nothing when any article is refused', async () => {
    await writeProjectFiles(root, { 'import/de/calls/ghost.md': articleFile('calls', 'Geist', 'Boo.\n') });
    const result = runKb('align', '--root', root, '--locale', 'de', 'import/de', '--strict');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import/de/calls/ghost.md:1:1  align/no-source  there is no source article calls/ghost');
    const written = await readdir(join(root, 'content'), { recursive: true });
    expect(written.filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });

  it('reports a long translated description as a warning and a missing title as an error with its line', async () => {
    const long = 'Hier steht eine sehr ausführliche Beschreibung, wie Lumo Ihre Chats und Anrufe mit Ende-zu-Ende-Verschlüsselung schützt, damit wirklich niemand außer Ihnen mitlesen kann.';
    await writeProjectFiles(root, {
      'content/en/calls/group-calls.md': articleFile('calls', 'Group calls', 'Add up to 8 people.\n'),
      'import/de/calls/group-calls.md': `---\ndescription: Gruppenanrufe.\ntype: 42\n---\n\nFügen Sie bis zu 8 Personen hinzu.\n`,
      'import/de/privacy-security/encryption.md': articleFile('privacy-security', 'Verschlüsselung', german).replace(/^description: .*$/m, `description: ${long}`),
    });
    const result = runKb('align', '--root', root, '--locale', 'de', 'import/de');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`import/de/privacy-security/encryption.md:3:14  warning frontmatter/description-too-long  description has ${long.length} characters (max 160)`);
    expect(result.stderr).toContain('import/de/calls/group-calls.md:2:1  frontmatter/required  "title" is required');
    expect(result.stderr).toContain('import/de/calls/group-calls.md:3:7  frontmatter/invalid-type  type "42" is not allowed');
    expect(result.stdout).toContain('de: aligned 1 article (0 sentence by sentence, 1 with 1 block kept whole), refused 1;');
    const store = TranslationStore.open(root, config);
    expect((await store.read('de', 'privacy-security/encryption')).find((e) => e.key === 'description')?.target).toBe(long);
  });

  it('reports a translation with no source article and an unknown locale', async () => {
    await writeProjectFiles(root, { 'import/de/calls/ghost.md': articleFile('calls', 'Geist', 'Boo.\n') });
    const ghost = runKb('align', '--root', root, '--locale', 'de', 'import/de');
    expect(ghost.status).toBe(1);
    expect(ghost.stderr).toContain('import/de/calls/ghost.md:1:1  align/no-source  there is no source article calls/ghost');
    expect(ghost.stdout).toContain('de: aligned 1 article');
    expect(await readFile(join(root, 'content/translations/de/privacy-security/encryption.yaml'), 'utf8')).toContain('Verschlüsselung');
    const unknown = runKb('align', '--root', root, '--locale', 'klingon', 'import/de');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('locale/unknown');
  });
});
