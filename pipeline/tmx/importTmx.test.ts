import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFile, createTempProject, runKb } from '../../test/helpers/tempProject.ts';

const tmx = (header: string, units: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="${header}" datatype="plaintext"/>
  <body>
${units}
  </body>
</tmx>
`;
const tu = (id: string, ...tuvs: [string, string][]) => `    <tu tuid="${id}">${tuvs.map(([lang, seg]) => `<tuv xml:lang="${lang}"><seg>${seg}</seg></tuv>`).join('')}</tu>`;

let root: string;
beforeEach(async () => {
  root = await createTempProject({ 'content/en/calls/restart.md': articleFile('calls', 'Restart', 'Open **Settings**. Restart the app.\n') });
});

async function importFile(text: string) {
  await writeFile(join(root, 'in.tmx'), text);
  return runKb('tm', 'import', '--root', root, 'in.tmx');
}

describe('kb tm import', () => {
  it('matches language tags by BCP 47: header en takes tuv en-US as the source, de-DE as de', async () => {
    const result = await importFile(tmx('en', tu('t1', ['en-US', 'Restart the app.'], ['de-DE', 'Starten Sie die App neu.'])));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('de: imported 1 unit into memory.yaml');
    expect(await readFile(join(root, 'content/translations/de/memory.yaml'), 'utf8')).toContain('target: Starten Sie die App neu.');
  });

  it('reports skipped units with a count and reason: no source variant, unknown language, broken placeholders, empty target', async () => {
    const result = await importFile(
      tmx('en', [
        tu('ok', ['en', 'Restart the app.'], ['de', 'Starten Sie die App neu.']),
        tu('no-source-1', ['fr', 'Redémarrez.'], ['de', 'Neu starten.']),
        tu('no-source-2', ['es-419', 'Color.'], ['de', 'Farbe.']),
        tu('british', ['en-GB', 'Colour.'], ['de', 'Farbe.']),
        tu('swedish', ['en', 'Restart the app.'], ['sv-SE', 'Starta om appen.']),
        tu('broken', ['en', 'Open <bpt i="1" x="1">**</bpt>Settings<ept i="1">**</ept>.'], ['de', 'Öffnen Sie die Einstellungen.']),
        tu('empty', ['en', 'Update the app.'], ['de', '']),
      ].join('\n')),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('de: imported 2 units into memory.yaml'); // en-GB is a variant of the header's en
    expect(result.stderr).toContain('warning: tmx/no-source  2 units skipped: no <tuv> in the source language en');
    expect(result.stderr).toContain('warning: tmx/unknown-language  1 unit in sv-SE skipped: no configured locale matches');
    expect(result.stderr).toContain('warning: tmx/placeholders  1 unit skipped: its target does not keep the source\'s placeholders (placeholder {1} is missing)');
    expect(result.stderr).toContain('warning: tmx/empty-target  1 unit skipped: the target <seg> is empty');
    const memory = await readFile(join(root, 'content/translations/de/memory.yaml'), 'utf8');
    expect(memory).toContain('target: Farbe.');
    expect(memory).not.toContain('Einstellungen');
  });

  it('says why nothing could be imported instead of "found: none"', async () => {
    const result = await importFile(tmx('en', tu('t1', ['fr', 'Redémarrez.'], ['de', 'Neu starten.'])));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tmx/nothing-to-import  no unit can be imported: 1 unit skipped: no <tuv> in the source language en');
    expect(result.stderr).not.toContain('found: none');
    expect((await readdir(join(root, 'content'), { recursive: true })).filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });
});
