import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../pipeline/glossary/parseGlossary.ts';
import type { Glossary } from '../../pipeline/glossary/types.ts';
import { createTempProject, runKb } from '../helpers/tempProject.ts';

const vendorTbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
  <termEntry id="1">
    <langSet xml:lang="en-US"><tig><term>settings</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
    <langSet xml:lang="de-DE"><tig><term>Optionen</term></tig></langSet>
  </termEntry>
  <termEntry id="2">
    <langSet xml:lang="en-US"><tig><term>voice message</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
    <langSet xml:lang="ja-JP"><tig><term>ボイスメッセージ</term></tig></langSet>
    <langSet xml:lang="es-419"><tig><term>mensaje de voz</term></tig></langSet>
    <langSet xml:lang="sv-SE"><tig><term>röstmeddelande</term></tig></langSet>
  </termEntry>
</body></text></martif>
`;

let root: string;
const readGlossary = async () => parseGlossary('g', await readFile(join(root, 'glossary/terms.yaml'), 'utf8')).glossary as Glossary;
const term = (g: Glossary, source: string) => g.terms.find((t) => t.source.toLowerCase() === source.toLowerCase());

beforeEach(async () => {
  root = await createTempProject({ 'vendor.tbx': vendorTbx });
});

describe('kb glossary', () => {
  it('imports a vendor TBX: de-DE, ja-JP, es-419 land in de, ja, es; a locale the file has replaces ours, the rest stays', async () => {
    const before = await readGlossary();
    const dry = runKb('glossary', 'import', 'vendor.tbx', '--root', root, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would add 1 term, would update 1, 0 unchanged');
    expect(await readGlossary()).toEqual(before);

    const run = runKb('glossary', 'import', 'vendor.tbx', '--root', root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('warning: glossary/unknown-language  1 term in sv-SE skipped: no configured locale matches\n');
    expect(run.stdout).toBe('glossary/terms.yaml: added 1 term, updated 1, 0 unchanged\n  + voice message\n  ~ Settings\n');
    const after = await readGlossary();
    const settings = term(after, 'Settings');
    expect(settings?.source).toBe('Settings');
    expect(settings?.caseSensitive).toBe(term(before, 'Settings')?.caseSensitive);
    expect(settings?.translations.de).toEqual([{ term: 'Optionen', status: 'preferred' }]);
    expect(settings?.translations.fr).toEqual(term(before, 'Settings')?.translations.fr);
    expect(term(after, 'voice message')?.translations).toEqual({ ja: [{ term: 'ボイスメッセージ', status: 'preferred' }], es: [{ term: 'mensaje de voz', status: 'preferred' }] });
    expect(after.terms.map((t) => t.source)).toEqual([...after.terms.map((t) => t.source)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    const again = runKb('glossary', 'import', 'vendor.tbx', '--root', root);
    expect(again.stdout).toContain('added 0 terms, updated 0, 2 unchanged');
  });

  it('exports TBX and CSV that import back with no change', async () => {
    const before = await readFile(join(root, 'glossary/terms.yaml'), 'utf8');
    for (const format of ['tbx', 'csv']) {
      const out = runKb('glossary', 'export', '--format', format, '--out', `terms.${format}`, '--root', root);
      expect(out.status).toBe(0);
      const back = runKb('glossary', 'import', `terms.${format}`, '--root', root);
      expect(back.stdout).toMatch(/added 0 terms, updated 0, \d+ unchanged/);
    }
    expect(await readFile(join(root, 'glossary/terms.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a broken file with file:line:col and writes nothing; bad flags are one-line errors', async () => {
    const before = await readFile(join(root, 'glossary/terms.yaml'), 'utf8');
    await writeFile(join(root, 'broken.csv'), 'term,pos,status\nchat,noun,maybe\n');
    const broken = runKb('glossary', 'import', 'broken.csv', '--root', root);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe('broken.csv:2:11  csv/invalid-status  status "maybe" is not allowed (one of preferred, admitted, deprecated, forbidden)\n');
    expect(await readFile(join(root, 'glossary/terms.yaml'), 'utf8')).toBe(before);

    for (const args of [['import', 'terms.txt'], ['import', 'nope.tbx'], ['import', '.', '--format', 'csv'], ['export'], ['export', '--format', 'xls'], ['export', '--format', 'csv', '--out', '.'], ['frobnicate']]) {
      const run = runKb('glossary', ...args, '--root', root);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('an exported TBX is read by translate-toolkit (tbx2po)', async () => {
    if (!existsSync('/usr/bin/tbx2po')) throw new Error('translate-toolkit is missing: run .ci/run or apt-get install translate-toolkit');
    expect(runKb('glossary', 'export', '--format', 'tbx', '--out', 'terms.tbx', '--root', root).status).toBe(0);
    const converted = spawnSync('/usr/bin/tbx2po', [join(root, 'terms.tbx'), join(root, 'terms.po')], { encoding: 'utf8' });
    expect(converted.status).toBe(0);
    const po = await readFile(join(root, 'terms.po'), 'utf8');
    expect(po).toContain('msgid "two-step verification"');
    expect(po).toContain('msgstr "Verifizierung in zwei Schritten"');
  });
});
