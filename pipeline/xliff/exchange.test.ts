import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, createTempProject, repoRoot, writeProjectFiles } from '../../test/helpers/tempProject.ts';
import { requireValidProject } from '../content/requireValidProject.ts';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { loadQaProject } from '../qa/loadQaContext.ts';
import { TranslationStore } from '../store/index.ts';
import type { ExportStatus } from './exchangeState.ts';
import { exportXliff } from './exportXliff.ts';
import { importSummary, importXliff } from './importXliff.ts';
import type { XliffVersion } from './writeXliff.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const storeFolder = 'content/translations';

interface ExchangeCase {
  locale: string;
  version: XliffVersion;
  states?: ExportStatus[];
}

/** Every file below `dir`, as paths relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const files = await filesBelow(dir);
  return Object.fromEntries(await Promise.all(files.filter((f) => f.endsWith('.yaml')).map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)));
}

/** Compare with the case's expected file; a missing one is written when UPDATE_FIXTURES is set, for review. */
function expectFile(dir: string, name: string, actual: string): void {
  const file = join(dir, name);
  if (!existsSync(file) && process.env.UPDATE_FIXTURES) writeFileSync(file, actual);
  expect(actual, name).toBe(readFileSync(file, 'utf8'));
}

/**
 * Each case of fixtures/exchange runs on the project in fixtures/project: `case.json` says what to
 * export, `expected.xlf` is the export. Then `import.xlf` (the translator's file; the export itself
 * when absent) is imported: `expected-report.txt` is what the import reports and `expected-store/`
 * holds the store files it changed (every other file unchanged, byte for byte).
 */
describe('XLIFF exchange fixtures', () => {
  for (const name of readdirSync(join(fixtures, 'exchange'))) {
    it(name, async () => {
      const dir = join(fixtures, 'exchange', name);
      const options = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as ExchangeCase;
      const projectDir = join(fixtures, 'project');
      const files: Record<string, string> = {};
      for (const file of await filesBelow(projectDir)) files[file] = await readFile(join(projectDir, file), 'utf8');
      const toneGuide = `tone-guides/${options.locale}.md`;
      const root = await createTempProject({ ...files, [toneGuide]: await readFile(join(repoRoot, toneGuide), 'utf8') });
      const project = await requireValidProject(root, { saveCache: false });
      const { xml } = await exportXliff(project, await loadQaProject(project), options);
      expectFile(dir, 'expected.xlf', xml);

      const importFile = existsSync(join(dir, 'import.xlf')) ? join(dir, 'import.xlf') : join(dir, 'expected.xlf');
      await writeFile(join(root, 'import.xlf'), await readFile(importFile));
      let report: string[];
      try {
        const result = await importXliff(project, join(root, 'import.xlf'), 'import.xlf', { by: 'Rita Reviewer', now: new Date('2026-12-01T09:00:00Z') });
        report = [...result.refused.map(formatDiagnostic), importSummary(result)];
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        report = error.diagnostics.map(formatDiagnostic);
      }
      expectFile(dir, 'expected-report.txt', `${report.join('\n')}\n`);

      const store = await readTree(join(root, storeFolder));
      if (process.env.UPDATE_FIXTURES && !existsSync(join(dir, 'expected-store'))) {
        const unchanged = await readTree(join(projectDir, storeFolder));
        for (const [file, text] of Object.entries(store)) {
          if (unchanged[file] !== text) await writeProjectFiles(join(dir, 'expected-store'), { [`${storeFolder}/${file}`]: text });
        }
      }
      const expectedStore = existsSync(join(dir, 'expected-store')) ? join(dir, 'expected-store') : projectDir;
      // Files the import left alone are the project's, byte for byte.
      expect(store).toEqual({ ...(await readTree(join(projectDir, storeFolder))), ...(await readTree(join(expectedStore, storeFolder))) });
    });
  }
});

describe('XLIFF exchange and a block kept whole', () => {
  const unitIds = (xml: string) => [...xml.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1]);
  const importFile = async (root: string, xml: string) => {
    await writeFile(join(root, 'vendor.xlf'), xml);
    const result = await importXliff(await requireValidProject(root, { saveCache: false }), join(root, 'vendor.xlf'), 'vendor.xlf', { by: 'Rita Reviewer', now: new Date('2026-12-08T09:00:00Z') });
    return { summary: importSummary(result), refused: result.refused.map(formatDiagnostic) };
  };

  it('offers the block as one unit in place of its sentences, and imports the change to its unit in memory.yaml', async () => {
    // The translator made one sentence of two: kb align keeps block b0 as one unit; b1 aligned sentence by sentence.
    const root = await createAlignedProject({
      'content/en/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo keeps your chats private. Nobody else can read them.\n\nCalls are private too.\n'),
      'import/de/privacy/chats.md': articleFile('privacy', 'Chats', 'Lumo hält Ihre Chats privat – niemand sonst kann sie lesen.\n\nAnrufe sind auch privat.\n'),
    }, 'de');
    const project = await requireValidProject(root, { saveCache: false });
    const store = TranslationStore.open(root, project.config);
    const exported = async () => (await exportXliff(await requireValidProject(root, { saveCache: false }), await loadQaProject(project), { locale: 'de', version: '2.1' })).xml;
    const xml = await exported();
    expect(unitIds(xml)).toEqual(['title', 'description', 'b0', 'b1.s0']);
    const [before, block] = xml.split('<unit id="b0">') as [string, string];
    expect(block).toContain('<note category="block"');
    expect(block).toContain('<target><ph id="1" type="other" subType="kb:dnt" disp="Lumo" equiv="Lumo"/> hält Ihre Chats privat – niemand sonst kann sie lesen.</target>');
    const storeFile = await readFile(join(root, storeFolder, 'de/privacy/chats.yaml'), 'utf8');

    // The vendor rewords the block and signs it off.
    const signedOff = `${before}<unit id="b0">${block.replace('state="translated"', 'state="final"').replace(' hält Ihre Chats privat – niemand sonst kann sie lesen.', ' schützt Ihre Chats: niemand sonst liest sie.')}`;
    expect(await importFile(root, signedOff)).toEqual({ summary: 'de: 1 applied, 3 unchanged, 0 refused', refused: [] });
    const blockUnits = async () => (await store.readMemory('de')).filter((unit) => unit.key === 'b0');
    expect(await blockUnits()).toMatchObject([{ article: 'privacy/chats', target: '{1} schützt Ihre Chats: niemand sonst liest sie.', state: 'approved', origin: 'import:xliff', by: 'Rita Reviewer', at: '2026-12-08T09:00:00Z' }]);
    expect(await readFile(join(root, storeFolder, 'de/privacy/chats.yaml'), 'utf8')).toBe(storeFile);
    expect(await importFile(root, signedOff)).toMatchObject({ summary: 'de: 0 applied, 4 unchanged, 0 refused' });
    expect(await exported()).toContain('<segment state="final">\n        <source><ph id="1" type="other" subType="kb:dnt" disp="Lumo" equiv="Lumo"/> keeps your chats private.');

    // Once a sentence of the block has a target of its own, the block is translated sentence by sentence.
    const entries = await store.read('de', 'privacy/chats');
    await store.write('de', 'privacy/chats', entries.map((e) => (e.key === 'b0.s0' ? { ...e, target: '{1} hält Ihre Chats privat.', state: 'translated' } : e)));
    expect(unitIds(await exported())).toEqual(['title', 'description', 'b0.s0', 'b0.s1', 'b1.s0']);
    const late = await importFile(root, signedOff.replace('niemand sonst liest sie.', 'nur Sie lesen sie.'));
    expect(late.summary).toBe('de: 0 applied, 3 unchanged, 1 refused');
    expect(late.refused[0]).toMatch(/^vendor\.xlf:\d+:\d+ +xliff\/unknown-unit +privacy\/chats#b0 is no block kept whole any more/);
  }, 60_000);
});
