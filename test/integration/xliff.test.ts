import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../pipeline/content/loadProject.ts';
import { requireValidProject } from '../../pipeline/content/requireValidProject.ts';
import { loadQaProject, type QaProject } from '../../pipeline/qa/loadQaContext.ts';
import { exportXliff } from '../../pipeline/xliff/exportXliff.ts';
import { importXliff } from '../../pipeline/xliff/importXliff.ts';
import { readXliff } from '../../pipeline/xliff/readXliff.ts';
import { articleFile, createAlignedProject, createTempProject, repoRoot, runKb } from '../helpers/tempProject.ts';

// Debian's translate-toolkit (installed by .ci/run): its xliff2po is what PO-based tools (Pootle,
// Weblate, Virtaal) make of an XLIFF 1.2 file.
const xliff2po = '/usr/bin/xliff2po';

describe('XLIFF 1.2 with translate-toolkit', () => {
  it('an exported file converts to PO with xliff2po: sources, targets, segment keys and notes', async () => {
    if (!existsSync(xliff2po)) throw new Error(`${xliff2po} is missing: run .ci/run or apt-get install translate-toolkit`);
    const root = await createAlignedProject({
      'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Open **Settings** and wait a minute. Your password stays the same.\n'),
      'import/de/calls/wait.md': articleFile('calls', 'Warten', 'Öffnen Sie **Einstellungen** und warten Sie eine Minute. Ihr Passwort bleibt gleich.\n'),
    }, 'de');
    const exported = runKb('xliff', 'export', '--root', root, '--locale', 'de', '--xliff-version', '1.2', '--out', 'de.xlf');
    expect(exported.stderr).toBe('');
    const converted = spawnSync(xliff2po, ['--progress=none', '-i', join(root, 'de.xlf'), '-o', join(root, 'de.po')], { encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    const po = await readFile(join(root, 'de.po'), 'utf8');
    // The toolkit shows a paired code (<g>) as the text inside it.
    expect(po).toContain('#: b0.s0\n#, fuzzy\nmsgid "Open Settings and wait a minute."\nmsgstr "Öffnen Sie Einstellungen und warten Sie eine Minute."');
    expect(po).toContain('#. Glossary: password → Passwort\n#: b0.s1\n#, fuzzy\nmsgid "Your password stays the same."\nmsgstr "Ihr Passwort bleibt gleich."');
    expect(po).toContain('msgid "Wait"\nmsgstr "Warten"');
  });
});

/** A copy of the repository's project (sources, sample store, glossary, tone guides) to import into. */
async function copyOfSampleProject(): Promise<string> {
  const root = await createTempProject({}, 'kb-xliff-sample-');
  for (const folder of ['content', 'glossary', 'tone-guides']) await cp(join(repoRoot, folder), join(root, folder), { recursive: true });
  return root;
}

async function storeFiles(root: string): Promise<Map<string, string>> {
  const folder = join(root, 'content/translations');
  const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.yaml')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(folder, f), 'utf8')] as const)));
}

describe('XLIFF exports of the sample store', () => {
  let root: string;
  let project: Project;
  let qa: QaProject;
  let segments: number;
  let store: Map<string, string>;
  beforeAll(async () => {
    root = await copyOfSampleProject();
    project = await requireValidProject(root, { saveCache: false });
    qa = await loadQaProject(project);
    segments = qa.sources.reduce((n, s) => n + s.segmented.segments.length, 0);
    store = await storeFiles(root);
  }, 120_000);

  const locales = ['de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn', 'ar'];
  it.each(locales)('%s: 2.1 and 1.2 meet the XLIFF core constraints readXliff checks, and import back changing nothing', async (locale) => {
    for (const version of ['2.1', '1.2'] as const) {
      const { xml, units } = await exportXliff(project, qa, { locale, version });
      expect(units).toBe(segments);
      // readXliff throws on any diagnostic: namespace, version, languages, ids, states, inline codes.
      const document = readXliff(xml, `${locale}.xlf`);
      expect(document.version).toBe(version);
      expect(document.units).toHaveLength(segments);
      expect(new Set(document.units.map((u) => u.id)).size).toBe(segments);
      expect(document.units.every((u) => /^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9.]+$/.test(u.id) && u.sourceHash && u.translationHash)).toBe(true);

      const file = join(root, `${locale}-${version}.xlf`);
      await writeFile(file, xml);
      const report = await importXliff(project, file, `${locale}-${version}.xlf`, { by: 'nobody' });
      expect(report).toEqual({ locale, applied: 0, unchanged: segments, refused: [], refusedUnits: 0 });
    }
    expect(await storeFiles(root)).toEqual(store);
  }, 180_000);
});
