import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, createTempProject, runKb, writeProjectFiles } from '../../test/helpers/tempProject.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { TranslationStore, loadDoNotTranslate } from '../store/index.ts';
import { segmentedSources } from './segmentedSources.ts';
import type { TranslationProvider } from './providers/provider.ts';
import { pseudoProvider } from './providers/pseudo.ts';
import { translateProject } from './translateProject.ts';

const body = 'Open **Settings** and tap `Calls`. Wait 30 seconds before you call again. Restart the app.\n\n## Still choppy?\n\nSwitch to Wi-Fi.\n';

let root: string;
beforeEach(async () => {
  root = await createTempProject({ 'content/en/calls/choppy.md': articleFile('calls', 'Choppy calls', body) });
});

/** A provider that records what it was asked, to prove warm runs ask nothing. */
function countingProvider(): TranslationProvider & { calls: string[][] } {
  const calls: string[][] = [];
  return { ...pseudoProvider, calls, translate: async (batch, s, t) => (calls.push(batch.texts), pseudoProvider.translate(batch, s, t)) };
}

async function run(provider?: TranslationProvider, dryRun = false) {
  const project = await requireValidProject(root);
  const dnt = await loadDoNotTranslate(root);
  const sources = segmentedSources(project, dnt);
  const store = TranslationStore.open(root, project.config);
  const locales = project.config.locales.filter((l) => l.code === 'de');
  const results = await translateProject(project.config, store, sources, { locales, provider, dryRun, now: () => new Date('2026-11-20T10:00:00Z') });
  return { result: results.locales.de, store };
}

describe('translateProject', () => {
  it('machine-translates new segments with placeholders intact, then does no work on a warm run', async () => {
    const provider = countingProvider();
    const first = await run(provider);
    expect(first.result?.bands.new.segments).toBe(7); // title, description, 3 sentences, the heading, the Wi-Fi line
    expect(first.result?.machineTranslated.segments).toBe(first.result?.bands.new.segments);
    const entries = await first.store.read('de', 'calls/choppy');
    const open = entries.find((e) => e.source.startsWith('Open'));
    expect(open).toMatchObject({ state: 'machine', origin: 'mt:pseudo', source: 'Open {1}Settings{/1} and tap {2}.' });
    expect(open?.target).toMatch(/^\[ÓÓþééñ \{1\}Šééţţííñĝš\{\/1\} ááñď ţááþ \{2\}\.\]$/);

    const second = await run(provider);
    expect(provider.calls).toHaveLength(1);
    expect(second.result?.unchanged.segments).toBe(first.result?.bands.new.segments);
    expect(second.result?.filesChanged).toBe(0);
  });

  it('reuses human translations: exact matches across articles, fuzzy matches for review, outdated kept', async () => {
    await run(); // provider none: the store lists the segments as new
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    const entries = (await store.read('de', 'calls/choppy')).map((e) => ({ ...e, target: `DE: ${e.source}`, state: 'reviewed' as const, origin: 'human' as const }));
    await store.write('de', 'calls/choppy', entries);
    // The writer edits one sentence and adds an article that repeats two.
    await writeProjectFiles(root, {
      'content/en/calls/choppy.md': articleFile('calls', 'Choppy calls', body.replace('Wait 30 seconds', 'Wait 60 seconds')),
      'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Restart the app. Switch to Wi-Fi.\n'),
    });
    const provider = countingProvider();
    const { result } = await run(provider);
    expect(result?.bands.exact.segments).toBe(2);
    expect((result?.bands.fuzzy95.segments ?? 0) + (result?.bands.fuzzy85.segments ?? 0)).toBe(1);
    expect(result?.bands.new.segments).toBe(2); // echo's title and description
    const echo = await store.read('de', 'calls/echo');
    expect(echo.find((e) => e.source === 'Restart the app.')).toMatchObject({ target: 'DE: Restart the app.', state: 'reviewed', origin: 'tm-exact', score: 100 });
    // Only a number changed: the old translation is repaired for review, and kept in memory.yaml.
    const choppy = await store.read('de', 'calls/choppy');
    expect(choppy.find((e) => e.source.startsWith('Wait'))).toMatchObject({
      source: 'Wait 60 seconds before you call again.',
      target: 'DE: Wait 60 seconds before you call again.',
      state: 'fuzzy',
      origin: 'tm-fuzzy',
      numbersRepaired: true,
    });
    expect(await store.readMemory('de')).toEqual([expect.objectContaining({ source: 'Wait 30 seconds before you call again.', state: 'reviewed' })]);
  });

  it('keeps an outdated human translation over a fuzzy match and shows both sources', async () => {
    await run();
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    const entries = (await store.read('de', 'calls/choppy')).map((e) => ({ ...e, target: `DE: ${e.source}`, state: 'reviewed' as const, origin: 'human' as const }));
    await store.write('de', 'calls/choppy', entries);
    await writeProjectFiles(root, { 'content/en/calls/choppy.md': articleFile('calls', 'Choppy calls', body.replace('Restart the app.', 'Restart the app on your phone.')) });
    await run();
    const choppy = await store.read('de', 'calls/choppy');
    expect(choppy.find((e) => e.outdated)).toMatchObject({
      source: 'Restart the app.',
      currentSource: 'Restart the app on your phone.',
      target: 'DE: Restart the app.',
      state: 'reviewed',
    });
  });

  it('retranslates a stored target whose placeholders are broken, keeping the broken one in memory.yaml', async () => {
    await run();
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    // A hand edit lost the {2} of `Calls`: the site never shows it, so it is not current work done.
    const broken = (await store.read('de', 'calls/choppy')).map((e) =>
      e.source.startsWith('Open') ? { ...e, target: 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf Anrufe.', state: 'translated' as const, origin: 'human' as const } : e,
    );
    await store.write('de', 'calls/choppy', broken);
    // Without a provider there is nothing better: the broken text stays where a reviewer can fix it.
    expect((await run()).result?.unchanged.segments).toBe(0);
    expect((await store.read('de', 'calls/choppy')).find((e) => e.source.startsWith('Open'))?.target).toContain('Anrufe');

    const provider = countingProvider();
    const { result } = await run(provider);
    expect(provider.calls.flat()).toContain('Open {1}Settings{/1} and tap {2}.');
    expect(result?.machineTranslated.segments).toBe(7);
    expect((await store.read('de', 'calls/choppy')).find((e) => e.source.startsWith('Open'))).toMatchObject({ state: 'machine', target: expect.stringContaining('{2}') });
    expect(await store.readMemory('de')).toEqual([expect.objectContaining({ target: 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf Anrufe.', origin: 'human' })]);
    expect((await run(provider)).result?.unchanged.segments).toBe(7);
  });

  it('keeps what an interrupted run paid for: the next run translates only the rest', async () => {
    await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n') });
    let calls = 0;
    const failing: TranslationProvider = {
      ...pseudoProvider,
      translate: async (batch, s, t) => {
        if (++calls > 1) throw new Error('network down');
        return pseudoProvider.translate(batch, s, t);
      },
    };
    await expect(run(failing)).rejects.toThrow('network down');
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    expect((await store.read('de', 'calls/choppy')).every((e) => e.state === 'machine')).toBe(true);

    const provider = countingProvider();
    const { result } = await run(provider);
    expect(provider.calls).toEqual([['Echo', 'Echo — help.', 'Use headphones.']]);
    expect(result?.unchanged.segments).toBe(7);
  });

  it('writes nothing and calls no provider on a dry run', async () => {
    const provider = countingProvider();
    const { result } = await run(provider, true);
    expect(result?.bands.new.segments).toBeGreaterThan(0);
    expect(provider.calls).toHaveLength(0);
    await expect(readdir(join(root, 'content'))).resolves.toEqual(['en']);
  });
});

describe('TM reuse of reviewed translations', () => {
  it('keeps the approval and its reviewer when an approved sentence comes back, and records the reuse', async () => {
    await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Restart the app.\n') });
    await run();
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    const approvedAt = '2026-11-18T09:00:00Z';
    const approve = (e: Awaited<ReturnType<typeof store.read>>[number]) =>
      ({ ...e, target: `DE: ${e.source}`, state: 'approved' as const, origin: 'human' as const, by: 'anna@lumo.example', at: approvedAt, history: [{ action: 'approve' as const, state: 'approved' as const, by: 'anna@lumo.example', at: approvedAt }] });
    await store.write('de', 'calls/echo', (await store.read('de', 'calls/echo')).map(approve));
    // The article is renamed: deleted (its translations go to memory.yaml) and added under a new id, in one run.
    await rm(join(root, 'content/en/calls/echo.md'));
    await writeProjectFiles(root, { 'content/en/calls/restart.md': articleFile('calls', 'Restart', 'Restart the app.\n') });
    const project = await requireValidProject(root);
    await translateProject(project.config, store, segmentedSources(project, await loadDoNotTranslate(root)), {
      locales: project.config.locales.filter((l) => l.code === 'de'),
      existingArticles: new Set(project.articles.map((a) => a.id)),
      now: () => new Date('2026-11-20T10:00:00Z'),
    });
    // Reused again from calls/restart, whose entry now carries the history.
    await writeProjectFiles(root, { 'content/en/calls/again.md': articleFile('calls', 'Again', 'Restart the app.\n') });
    await run();
    for (const article of ['calls/restart', 'calls/again']) {
      const reused = (await store.read('de', article)).find((e) => e.source === 'Restart the app.');
      expect(reused, article).toMatchObject({ target: 'DE: Restart the app.', state: 'approved', origin: 'tm-exact', score: 100, by: 'kb translate', at: '2026-11-20T10:00:00Z' });
      expect(reused?.history?.[0]).toEqual({ action: 'approve', state: 'approved', by: 'anna@lumo.example', at: approvedAt });
      expect(reused?.history?.at(-1)).toEqual({ action: 'tm-reuse', state: 'approved', by: 'kb translate', at: '2026-11-20T10:00:00Z' });
    }
  });

  it('keeps the reviewer of a memory unit that has no history as the first step', async () => {
    const memory = `locale: de\nunits:\n  - hash: ${segmentHash('Restart the app.')}\n    source: Restart the app.\n    target: Starten Sie die App neu.\n    state: reviewed\n    origin: human\n    by: ben@lumo.example\n    at: 2026-10-01T08:00:00Z\n`;
    await writeProjectFiles(root, { 'content/translations/de/memory.yaml': memory });
    const { store } = await run();
    const reused = (await store.read('de', 'calls/choppy')).find((e) => e.source === 'Restart the app.');
    expect(reused).toMatchObject({ target: 'Starten Sie die App neu.', state: 'reviewed', by: 'kb translate' });
    expect(reused?.history).toEqual([
      { action: 'review', state: 'reviewed', by: 'ben@lumo.example', at: '2026-10-01T08:00:00Z' },
      { action: 'tm-reuse', state: 'reviewed', by: 'kb translate', at: '2026-11-20T10:00:00Z' },
    ]);
  });
});

describe('TM matches with broken placeholders', () => {
  const source = 'Open {1}Settings{/1} and tap {2}.';
  /** memory.yaml of de holding `units` (source, target, state, at). */
  const memoryFile = (units: [string, string, string, string][]) =>
    `locale: de\nunits:\n${units.map(([s, t, state, at]) => `  - hash: ${segmentHash(s)}\n    source: ${JSON.stringify(s)}\n    target: ${JSON.stringify(t)}\n    state: ${state}\n    at: ${at}\n`).join('')}`;
  /** Runs with `units` in memory.yaml: the run's bands and what the store holds for `source` in calls/choppy afterwards. */
  const runWithMemory = async (units: [string, string, string, string][]) => {
    await writeProjectFiles(root, { 'content/translations/de/memory.yaml': memoryFile(units) });
    const { result, store } = await run();
    return { bands: result?.bands, entry: (await store.read('de', 'calls/choppy')).find((e) => e.source === source) };
  };

  it('replace a stored target whose placeholders are broken, keeping the broken one in memory.yaml', async () => {
    await run();
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    const brokenTarget = 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf Anrufe.';
    await store.write('de', 'calls/choppy', (await store.read('de', 'calls/choppy')).map((e) => (e.source === source ? { ...e, target: brokenTarget, state: 'translated' as const, origin: 'human' as const } : e)));
    const { bands, entry } = await runWithMemory([[source, 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}.', 'reviewed', '2026-09-01T08:00:00Z']]);
    expect(bands?.exact.segments).toBe(1);
    expect(entry).toMatchObject({ target: 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}.', state: 'reviewed', origin: 'tm-exact' });
    expect(await store.readMemory('de')).toContainEqual(expect.objectContaining({ source, target: brokenTarget, origin: 'human' }));
  });

  it('are not reused: a target the site would not show is no translation', async () => {
    const { bands, entry } = await runWithMemory([[source, 'Öffnen Sie die Einstellungen.', 'approved', '2026-10-01T08:00:00Z']]);
    expect(bands?.exact.segments).toBe(0);
    expect(entry).toMatchObject({ state: 'new' });
  });

  it('make way for an older exact match that fits, instead of hiding it', async () => {
    const { bands, entry } = await runWithMemory([
      [source, 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}.', 'reviewed', '2026-09-01T08:00:00Z'],
      // Newer, so it would replace the unit above, but it lost {2}: it does not fit its own source.
      [source, 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf Anrufe.', 'approved', '2026-10-01T08:00:00Z'],
    ]);
    expect(bands?.exact.segments).toBe(1);
    expect(entry).toMatchObject({
      target: 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}.',
      state: 'reviewed',
      origin: 'tm-exact',
    });
  });

  it('make way for a lower fuzzy match whose placeholders fit the new sentence', async () => {
    const { bands, entry } = await runWithMemory([
      // Scores 85, but its {3} is not in the new sentence.
      ['Open {1}Settings{/1} and tap {2}{3}.', 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}{3}.', 'reviewed', '2026-10-01T08:00:00Z'],
      ['Open {1}Settings{/1} and then tap {2} again.', 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie dann erneut auf {2}.', 'reviewed', '2026-09-01T08:00:00Z'],
    ]);
    expect(bands?.fuzzy75.segments).toBe(1);
    expect(entry).toMatchObject({
      target: 'Öffnen Sie {1}Einstellungen{/1} und tippen Sie dann erneut auf {2}.',
      state: 'fuzzy',
      origin: 'tm-fuzzy',
      score: 77,
    });
  });

  it('still reuse a target that leaves out a do-not-translate term, which is allowed', async () => {
    await writeProjectFiles(root, {
      'content/translations/de/memory.yaml': memoryFile([['{1} asks for your PIN.', 'Die App fragt nach Ihrer PIN.', 'reviewed', '2026-10-01T08:00:00Z']]),
      'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Lumo asks for your PIN.\n'),
    });
    const { store } = await run();
    expect((await store.read('de', 'calls/echo')).find((e) => e.source === '{1} asks for your PIN.')).toMatchObject({ target: 'Die App fragt nach Ihrer PIN.', origin: 'tm-exact' });
  });

  it('leave out a fuzzy match whose target does not fit its own source, even where it fits the new sentence', async () => {
    // Lost the {1} of its own source (scores 79); the new sentence has no placeholders, so it would fit there.
    const memory = memoryFile([
      ['Close the app and restart it on your {1}phone{/1}.', 'Schließen Sie die App und starten Sie sie auf Ihrem Telefon neu.', 'approved', '2026-10-01T08:00:00Z'],
    ]);
    await writeProjectFiles(root, {
      'content/translations/de/memory.yaml': memory,
      'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Close the app and restart it on your phone.\n'),
    });
    const { store } = await run();
    expect((await store.read('de', 'calls/echo')).find((e) => e.source.startsWith('Close'))).toMatchObject({ state: 'new' });
  });
});

describe('deleted articles', () => {
  it('move their translations to memory.yaml, where an exact match brings them back', async () => {
    await writeProjectFiles(root, { 'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Restart the app.\n') });
    expect(runKb('translate', '--root', root, '--locale', 'de', '--provider', 'pseudo').status).toBe(0);
    const store = TranslationStore.open(root, (await requireValidProject(root)).config);
    await store.write('de', 'calls/echo', (await store.read('de', 'calls/echo')).map((e) => ({ ...e, state: 'reviewed' as const, origin: 'human' as const })));
    await rm(join(root, 'content/en/calls/echo.md'));
    const result = JSON.parse(runKb('translate', '--root', root, '--locale', 'de', '--json').stdout) as { locales: { de: { retiredArticles: number } } };
    expect(result.locales.de.retiredArticles).toBe(1);
    await expect(readFile(join(root, 'content/translations/de/calls/echo.yaml'))).rejects.toThrow();
    expect(await store.readMemory('de')).toEqual(expect.arrayContaining([expect.objectContaining({ article: 'calls/echo', source: 'Restart the app.', state: 'reviewed' })]));
  });
});

describe('kb translate', () => {
  it('--json prints segment counts per locale; warm runs reuse the run cache until a file changes', async () => {
    const result = runKb('translate', '--root', root, '--locale', 'fr', '--provider', 'pseudo', '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { locales: Record<string, Record<string, number>> };
    expect(json.locales.fr).toMatchObject({ context: 0, exact: 0, fuzzy: 0, new: 7, machineTranslated: 7 });
    const again = JSON.parse(runKb('translate', '--root', root, '--locale', 'fr', '--json').stdout) as typeof json;
    expect(again.locales.fr).toMatchObject({ new: 0, unchanged: 7 });
    // The run cache must notice a hand edit of the store: a reviewer deletes one translation.
    const file = join(root, 'content/translations/fr/calls/choppy.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace(/\n {4}target: .*\n {4}state: machine\n {4}origin: mt:pseudo\n {4}by: .*\n {4}at: .*\n/, '\n    state: new\n'));
    const edited = JSON.parse(runKb('translate', '--root', root, '--locale', 'fr', '--json').stdout) as typeof json;
    expect(edited.locales.fr).toMatchObject({ new: 1, unchanged: 6 });
  });

  it('does not trust the run cache for an article current only through a block unit once memory.yaml loses that unit', async () => {
    // "Lumo keeps… Nobody else…" is two sentences in English and one in German: kb align keeps the block whole.
    const aligned = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo keeps your chats private. Nobody else can read them.\n'),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.\n'),
    }, 'de');
    const translate = () => (JSON.parse(runKb('translate', '--root', aligned, '--locale', 'de', '--json').stdout) as { locales: { de: { new: number; unchanged: number } } }).locales.de;
    expect(translate()).toMatchObject({ new: 0, unchanged: 4 });
    expect(translate()).toMatchObject({ new: 0, unchanged: 4 }); // from the run cache
    // The article's store file is unchanged, so only the unit's absence tells its two sentences are not translated.
    await rm(join(aligned, 'content/translations/de/memory.yaml'));
    expect(translate()).toMatchObject({ new: 2, unchanged: 2 });
  });

  it('rejects an unknown locale and an unknown provider without writing', async () => {
    const locale = runKb('translate', '--root', root, '--locale', 'xx');
    expect(locale.status).toBe(1);
    expect(locale.stderr).toContain('locale/unknown  unknown locale "xx"');
    const provider = runKb('translate', '--root', root, '--provider', 'babelfish');
    expect(provider.status).toBe(1);
    expect(provider.stderr).toContain('unknown provider "babelfish"');
    await expect(readdir(join(root, 'content'))).resolves.toEqual(['en']);
    expect(await readFile(join(root, 'content/en/calls/choppy.md'), 'utf8')).toContain('Wait 30 seconds');
  });
});
