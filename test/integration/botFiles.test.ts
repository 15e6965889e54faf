import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRecordSchema, type ChunkRecord } from '../../pipeline/bot/chunkRecord.ts';
import { vocabularyLocales, vocabularyPath } from '../../pipeline/bot/vocabularyFile.ts';
import { readFeedFile } from '../../pipeline/bot/writeBotFeed.ts';
import { writeVocabularies } from '../../pipeline/bot/writeVocabularies.ts';
import { loadConfig } from '../../pipeline/config/loadConfig.ts';
import { compileSchema } from '../../pipeline/schema/compileSchema.ts';
import { articleFile, createAlignedProject, createTempProject, runKb, writeProjectFiles } from '../helpers/tempProject.ts';

const wait = 'Open **Settings**.\n\n## Wait a minute\n\nWait 30 seconds.\n\n```sh\nlumo retry\n```\n';
const german = 'Öffnen Sie **Einstellungen**.\n\n## Warten Sie eine Minute\n\nWarten Sie 30 Sekunden.\n\n```sh\nlumo retry\n```\n';

/** Two English articles, one of them aligned in German, assembled. */
async function assembledProject(waitTitle: string, echo: { title: string; body: string }): Promise<string> {
  const root = await createAlignedProject({
    'content/en/calls/wait.md': articleFile('calls', waitTitle, wait),
    'content/en/calls/echo.md': articleFile('calls', echo.title, echo.body),
    'import/de/calls/wait.md': articleFile('calls', 'Warten', german),
  }, 'de');
  expect(runKb('assemble', '--root', root).status).toBe(0);
  return root;
}

describe('kb bot after kb assemble', () => {
  it('writes the feed, llms.txt and Markdown twins, and a changes file that survives a wiped dist/', async () => {
    const root = await assembledProject('Wait', { title: 'Echo', body: 'Use headphones.\n' });
    const first = runKb('bot', '--root', root);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('first feed');

    const dist = join(root, 'dist');
    const manifest = JSON.parse(await readFile(join(dist, 'bot-index/manifest.json'), 'utf8')) as { locales: { locale: string; chunks: number }[] };
    expect(manifest.locales.map((l) => l.locale)).toEqual(['en', 'de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn', 'ar']);
    const validate = compileSchema(chunkRecordSchema);
    const de = await readFeedFile(join(dist, 'bot-index/de.jsonl'));
    for (const record of de) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(de.map((r: ChunkRecord) => [r.id, r.state, r.content_locale])).toEqual([
      ['de:calls/echo#:0', 'fallback', 'en'],
      ['de:calls/wait#:0', 'translated', 'de'],
      ['de:calls/wait#warten-sie-eine-minute:0', 'translated', 'de'],
    ]);
    expect(de[2]!.text).toBe('Warten Sie 30 Sekunden.\n\nlumo retry');

    const llms = await readFile(join(dist, 'de/llms.txt'), 'utf8');
    expect(llms).toMatch(/^# .+\n\n> .+\n/);
    expect(llms).toContain('\n## Anrufe\n\n- [Echo](https://help.lumo.example/de/calls/echo.md): Echo — help. (original)\n- [Warten](https://help.lumo.example/de/calls/wait.md): Warten — help.\n');
    expect(llms).toContain('## Optional');
    expect(await readFile(join(dist, 'llms.txt'), 'utf8')).toBe(await readFile(join(dist, 'en/llms.txt'), 'utf8'));
    expect(await readFile(join(dist, 'de/llms-full.txt'), 'utf8')).toContain('# Warten\n\n> Warten — help.\n\nÖffnen Sie **Einstellungen**.');
    const twin = await readFile(join(dist, 'fr/calls/echo.md'), 'utf8');
    expect(twin).toBe('# Echo\n\n> Echo — help.\n\n_Not translated yet: this is the original text._\n\nUse headphones.\n');

    // astro build empties dist/: the baseline for changes.json is kept in .kb/.
    await rm(dist, { recursive: true });
    await writeProjectFiles(root, {
      'content/en/calls/wait.md': articleFile('calls', 'Wait', wait.replace('30', '60')),
      'content/en/calls/new.md': articleFile('calls', 'New', 'Fresh.\n'),
    });
    await rm(join(root, 'content/en/calls/echo.md'));
    expect(runKb('assemble', '--root', root).status).toBe(0);
    expect(runKb('bot', '--root', root).status).toBe(0);
    const changes = JSON.parse(await readFile(join(dist, 'bot-index/changes.json'), 'utf8')) as Record<string, string[]>;
    expect(changes.hasPrevious).toBe(true);
    expect(changes.added!.filter((id) => id.startsWith('de:'))).toEqual(['de:calls/new#:0']);
    // The German copy of the changed sentence now shows the source (outdated): text and state change.
    expect(changes.changed!.filter((id) => id.startsWith('de:') || id.startsWith('en:'))).toEqual(['en:calls/wait#wait-a-minute:0', 'de:calls/wait#:0', 'de:calls/wait#warten-sie-eine-minute:0']);
    expect(changes.removed).toContain('ja:calls/echo#:0');
    const outdated = await readFeedFile(join(dist, 'bot-index/de.jsonl'));
    expect(outdated.filter((r) => r.article_id === 'calls/wait').map((r) => [r.state, r.text])).toEqual([
      ['outdated', 'Öffnen Sie Einstellungen.'],
      ['outdated', 'Wait 60 seconds.\n\nlumo retry'],
    ]);
    expect(await readFile(join(dist, 'de/calls/wait.md'), 'utf8')).toBe(
      '# Warten\n\n> Warten — help.\n\n_Partly outdated translation: sentences changed since are shown in the original language._\n\n' +
        'Öffnen Sie **Einstellungen**.\n\n## Warten Sie eine Minute\n\nWait 60 seconds.\n\n```sh\nlumo retry\n```\n',
    );
  });

  it('kb ask answers from the feed, across languages, in JSON and in batches, and answers nothing to an off-topic question', async () => {
    const root = await assembledProject('Wait before you retry', { title: 'Echo on calls', body: 'Use headphones to stop the echo.\n' });
    expect(runKb('bot', '--root', root).status).toBe(0);
    const ask = (...args: string[]) => JSON.parse(runKb('ask', '--root', root, '--json', ...args).stdout) as { results: Record<string, unknown>[] };
    expect(ask('wait some seconds to retry', '--locale', 'en').results[0]).toMatchObject({ article_id: 'calls/wait', chunk_id: 'en:calls/wait#wait-a-minute:0', content_locale: 'en', url: 'https://help.lumo.example/en/calls/wait/#wait-a-minute' });
    // German has no copy of the echo article: the English original answers, labelled as a fallback.
    expect(ask('echo headphones', '--locale', 'de').results[0]).toMatchObject({ article_id: 'calls/echo', content_locale: 'en', state: 'fallback', fallback: true });
    expect(ask('Sekunden warten', '--locale', 'de-DE').results[0]).toMatchObject({ article_id: 'calls/wait', content_locale: 'de' });
    expect(ask('banana bread recipe').results).toEqual([]);
    // --explain says why: here, words no page has raise the bar beyond the best section's score.
    const explained = runKb('ask', '--root', root, 'banana bread recipe', '--explain');
    expect(explained.status).toBe(0);
    expect(explained.stdout).toMatch(/^no good answer in the help center\n\nWhy: /);
    expect(explained.stdout).toMatch(/\n {2}banana {2}[\d.]+ → nothing: no page and no vocabulary has it\n/);
    expect(runKb('ask', '--root', root, 'echo', '--explain', '--json').status).toBe(1);

    await writeProjectFiles(root, { 'q.jsonl': '{"id":"a","locale":"en","question":"echo"}\n{"id":7,"locale":"pt-BR","question":"headphones"}\n' });
    const batch = runKb('ask', '--root', root, '--batch', join(root, 'q.jsonl'), '--k', '1');
    const lines = batch.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; results: { chunk_id: string }[] });
    expect(lines.map((l) => [l.id, l.results.map((r) => r.chunk_id)])).toEqual([['a', ['en:calls/echo#:0']], ['7', ['pt-br:calls/echo#:0']]]);

    await writeProjectFiles(root, { 'bad.jsonl': '{"id":"a","locale":"xx","question":"echo"}\n' });
    const bad = runKb('ask', '--root', root, '--batch', join(root, 'bad.jsonl'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.jsonl:1:1 +locale\/unknown +unknown locale "xx"/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('learns the vocabulary from the store and every glossary translation, and reports a broken store file learnt on the worker thread', async () => {
    const root = await assembledProject('Wait', { title: 'Echo', body: 'Use headphones.\n' });
    expect(runKb('bot', '--root', root).status).toBe(0);
    const de = JSON.parse(await readFile(join(root, 'dist/bot-index/vocabulary/de.json'), 'utf8')) as { terms: Record<string, [string, number][]> };
    // From the aligned German copy, and from the glossary's deprecated Kennwort and Handy, which readers still type.
    expect(de.terms.sekund?.map(([english]) => english)).toContain('second');
    expect(de.terms.kennwort?.[0]?.[0]).toBe('password');
    expect(de.terms.handy?.[0]?.[0]).toBe('phon');
    // The source locale's own vocabulary: English words the glossary deprecates, to the term writers use instead.
    const en = JSON.parse(await readFile(join(root, 'dist/bot-index/vocabulary/en.json'), 'utf8')) as { terms: Record<string, [string, number][]> };
    expect(en.terms.cellphon).toEqual([['phon', 1]]);
    expect(en.terms.log?.[0]?.[0]).toBe('sign');

    // kb bot shares the locales between its worker and main thread; two claimers sharing one
    // counter write the same files as one writer, each locale once.
    const config = await loadConfig(root);
    const input = { articleIds: ['calls/echo', 'calls/wait'], categories: ['calls'] };
    const next = new Int32Array(1);
    await Promise.all([writeVocabularies(root, config, join(root, 'shared'), input, next), writeVocabularies(root, config, join(root, 'shared'), input, next)]);
    expect(next[0]).toBe(vocabularyLocales(config).length + 2);
    for (const { code } of config.locales) {
      expect(await readFile(join(root, 'shared', vocabularyPath(code)), 'utf8')).toBe(await readFile(join(root, 'dist', vocabularyPath(code)), 'utf8'));
    }

    const store = join(root, 'content/translations/de/calls/wait.yaml');
    await writeFile(store, (await readFile(store, 'utf8')).replace(/\n {4}target: /, '\n    target: "unclosed '));
    const broken = runKb('bot', '--root', root);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/content\/translations\/de\/calls\/wait\.yaml:\d+:\d+ /);
    expect(broken.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says to run kb assemble first when there is nothing assembled', async () => {
    const root = await createTempProject({ 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n') });
    const result = runKb('bot', '--root', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bot\/no-site-content .*run `kb assemble` first/);
  });
});
