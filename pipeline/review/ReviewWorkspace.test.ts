import { describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, runKb } from '../../test/helpers/tempProject.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { TranslationStore, type ProjectStatus } from '../store/index.ts';
import { ReviewWorkspace } from './ReviewWorkspace.ts';

describe('ReviewWorkspace and a block kept whole', () => {
  it('lists the whole-block unit kb align kept, and approves or edits it in memory.yaml', async () => {
    // The translator made one sentence of two: kb align keeps block b0 as one unit.
    const root = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo keeps your chats private. Nobody else can read them.\n'),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.\n'),
    }, 'de');
    const workspace = await ReviewWorkspace.open(root);
    const memory = async () => TranslationStore.open(root, (await requireValidProject(root, { saveCache: false })).config).readMemory('de');
    // Progress counts the block's sentences in the unit's state, as kb status does: nothing is left untranslated.
    const progress = async () => (await workspace.locales(['de']))[0]?.progress;
    expect(await progress()).toMatchObject({ total: 4, new: 0, translated: 4 });
    const block = (await workspace.queue('de')).items.find((item) => item.key === 'b0');
    expect(block).toMatchObject({ article: 'privacy/chats', source: '{1} keeps your chats private. Nobody else can read them.', target: 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.', state: 'translated' });

    const request = { locale: 'de', article: 'privacy/chats', key: 'b0', version: block!.version };
    const broken = await workspace.save({ ...request, action: 'edit', target: 'Ihre Chats {2} bleiben privat.' }, 'rev');
    expect(broken.status).toBe('invalid');
    const approved = await workspace.save({ ...request, action: 'approve' }, 'rev', new Date('2026-12-07T10:00:00Z'));
    expect(approved).toMatchObject({ status: 'saved', item: { key: 'b0', state: 'approved', by: 'rev' } });
    expect((await memory()).find((unit) => unit.key === 'b0')).toMatchObject({ article: 'privacy/chats', state: 'approved', by: 'rev', at: '2026-12-07T10:00:00Z', target: 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.' });
    expect(await progress()).toMatchObject({ total: 4, translated: 2, approved: 2 });
    // The version the reviewer saw is stale now: nothing is written.
    expect((await workspace.save({ ...request, action: 'reject' }, 'other')).status).toBe('conflict');

    const edited = await workspace.save({ ...request, version: approved.status === 'saved' ? approved.item.version : '', action: 'edit', target: 'Ihre Chats sind privat: niemand sonst liest sie.' }, 'rev');
    expect(edited).toMatchObject({ status: 'saved', item: { state: 'translated', target: 'Ihre Chats sind privat: niemand sonst liest sie.' } });
    expect((await memory()).filter((unit) => unit.key === 'b0').map((unit) => unit.target)).toEqual(['Ihre Chats sind privat: niemand sonst liest sie.']);
  }, 60_000);

  it("counts a block sentence whose own target has broken placeholders in the unit's state, as kb status does", async () => {
    const root = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo keeps your chats private. Nobody else can read them.\n'),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo hält Ihre Chats privat – niemand sonst kann sie lesen.\n'),
    }, 'de');
    const project = await requireValidProject(root, { saveCache: false });
    const store = TranslationStore.open(root, project.config);
    // Machine output for the first sentence with a placeholder its source lacks: the page keeps showing the block's unit.
    const entries = await store.read('de', 'privacy/chats');
    await store.write('de', 'privacy/chats', entries.map((e) => (e.key === 'b0.s0' ? { ...e, target: '{1} hält {2} Ihre Chats privat.', state: 'machine' } : e)));

    const progress = (await (await ReviewWorkspace.open(root)).locales(['de']))[0]?.progress;
    expect(progress).toMatchObject({ total: 4, translated: 4, machine: 0 });
    const status = JSON.parse(runKb('status', '--root', root, '--locale', 'de', '--json').stdout) as ProjectStatus;
    expect(status.locales.de?.totals.segments.byState).toMatchObject({ translated: 4, machine: 0 });
  }, 60_000);
});
