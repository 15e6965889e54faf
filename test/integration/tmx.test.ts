import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, createTempProject, runKb, writeProjectFiles } from '../helpers/tempProject.ts';

// Debian's translate-toolkit lives in the system Python (installed by .ci/run).
const python = '/usr/bin/python3';
const toolkit = () => {
  if (!existsSync('/usr/bin/po2tmx')) throw new Error('translate-toolkit is missing: run .ci/run or apt-get install translate-toolkit');
};

const body = 'Open **Settings** and tap `Calls`. Restart the app.\n';
const german = 'Öffnen Sie **Einstellungen** und tippen Sie auf `Calls`. Starten Sie die App neu.\n';

let root: string;
beforeAll(async () => {
  toolkit();
  root = await createTempProject({
    'content/en/calls/restart.md': articleFile('calls', 'Restart', body),
    'import/de/calls/restart.md': articleFile('calls', 'Neu starten', german),
  });
  expect(runKb('align', '--root', root, '--locale', 'de', 'import/de').status).toBe(0);
});

describe('TMX with translate-toolkit', () => {
  it('an exported TMX loads in translate-toolkit and converts to PO, native codes included', async () => {
    const exported = runKb('tm', 'export', '--root', root, '--locale', 'de', '--out', 'de.tmx');
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toContain('de: exported 4 units to de.tmx');
    const converted = spawnSync(python, [join(import.meta.dirname, 'tmx2po.py'), join(root, 'de.tmx'), join(root, 'de.po')], { encoding: 'utf8' });
    expect(converted.stderr).toBe('');
    expect(converted.stdout.trim()).toBe('4');
    const poFile = await readFile(join(root, 'de.po'), 'utf8');
    expect(poFile).toContain('msgid "Open **Settings** and tap `Calls`."');
    expect(poFile).toContain('msgstr "Öffnen Sie **Einstellungen** und tippen Sie auf `Calls`."');
    expect(poFile).toContain('#: calls/restart%23b0.s0'); // the toolkit escapes # in locations
  });

  it('a TMX written by translate-toolkit (po2tmx) imports and feeds exact matches to kb translate', async () => {
    const fresh = await createTempProject({ 'content/en/calls/other.md': articleFile('calls', 'Other', 'Restart the app. Update the app.\n') });
    await writeProjectFiles(fresh, {
      'de.po': 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Restart the app."\nmsgstr "Starten Sie die App neu."\n',
    });
    const made = spawnSync('/usr/bin/po2tmx', ['-l', 'de-DE', '-i', join(fresh, 'de.po'), '-o', join(fresh, 'de.tmx')], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const imported = runKb('tm', 'import', '--root', fresh, 'de.tmx');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('de: imported 1 unit into memory.yaml');
    const translated = JSON.parse(runKb('translate', '--root', fresh, '--locale', 'de', '--json').stdout) as { locales: { de: { exact: number } } };
    expect(translated.locales.de.exact).toBe(1);
    expect(await readFile(join(fresh, 'content/translations/de/calls/other.yaml'), 'utf8')).toContain('target: Starten Sie die App neu.');
  });

  it('a malformed TMX is reported with file:line:col and writes nothing', async () => {
    const fresh = await createTempProject({ 'content/en/calls/other.md': articleFile('calls', 'Other', 'Restart the app.\n') });
    await writeFile(join(fresh, 'bad.tmx'), '<?xml version="1.0"?>\n<tmx version="1.4">\n  <header srclang="en"/>\n  <body><tu><tuv xml:lang="de"><seg>x</tuv></tu></body>\n</tmx>\n');
    const result = runKb('tm', 'import', '--root', fresh, 'bad.tmx');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^bad\.tmx:4:\d+ {2}tmx\/xml {2}not well-formed XML/);
    const files = await readdir(join(fresh, 'content'), { recursive: true });
    expect(files.filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });
});
