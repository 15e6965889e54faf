import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articleFile, createAlignedProject, runKb } from '../../../test/helpers/tempProject.ts';
import { main } from '../main.ts';

const body = 'Open **Settings** and tap `Reset`.\n\nWait a minute.\n';
const german = 'Öffnen Sie **Einstellungen** und tippen Sie auf `Reset`.\n\nWarten Sie eine Minute.\n';
const storeFile = 'content/translations/de/calls/wait.yaml';

async function project(): Promise<string> {
  return createAlignedProject({ 'content/en/calls/wait.md': articleFile('calls', 'Wait', body), 'import/de/calls/wait.md': articleFile('calls', 'Warten', german) }, 'de');
}

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  await writeFile(file, text.replace(from, to));
}

describe('kb xliff', () => {
  let root: string;
  beforeAll(async () => {
    root = await project();
  });

  it('exports the same bytes twice, and importing them back changes nothing', async () => {
    const first = runKb('xliff', 'export', '--root', root, '--locale', 'de', '--out', 'de.xlf');
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toBe('de: exported 4 units of 1 article as XLIFF 2.1 to de.xlf');
    const exported = await readFile(join(root, 'de.xlf'), 'utf8');
    expect(runKb('xliff', 'export', '--root', root, '--locale', 'de', '--out', 'again.xlf').status).toBe(0);
    expect(await readFile(join(root, 'again.xlf'), 'utf8')).toBe(exported);

    const store = await readFile(join(root, storeFile), 'utf8');
    const imported = runKb('xliff', 'import', 'de.xlf', '--root', root);
    expect(imported.stderr).toBe('');
    expect(imported.stdout.trim()).toBe('de: 0 applied, 4 unchanged, 0 refused');
    expect(imported.status).toBe(0);
    expect(await readFile(join(root, storeFile), 'utf8')).toBe(store);
  });

  it('applies the sound units of a translator\'s 1.2 file, lists the others as file:line:col and exits 1', async () => {
    const edited = await project();
    const exported = runKb('xliff', 'export', '--root', edited, '--locale', 'de', '--xliff-version', '1.2', '--state', 'translated', '--article', 'calls/wait', '--out', 'vendor/de.xlf');
    expect(exported.stdout.trim()).toBe('de: exported 4 units of 1 article as XLIFF 1.2 to vendor/de.xlf');
    const file = join(edited, 'vendor/de.xlf');
    await replaceIn(file, '<target state="translated">Warten Sie eine Minute.</target>', '<target state="signed-off">Bitte warten Sie eine Minute.</target>');
    await replaceIn(file, '<target state="translated">Öffnen Sie <g id="1" ctype="bold">Einstellungen</g>', '<target state="translated">Öffnen Sie Einstellungen');
    const line = (await readFile(file, 'utf8')).split('\n').findIndex((l) => l.includes('<trans-unit id="b0.s0">')) + 1;

    const run = runKb('xliff', 'import', 'vendor/de.xlf', '--reviewer', 'Rita Reviewer', '--root', edited);
    expect(run.stderr.trim()).toBe(`vendor/de.xlf:${line}:7  xliff/placeholders  calls/wait#b0.s0: placeholder {1} is missing (keep each inline code of the source: paired codes around text, each once)`);
    expect(run.stdout.trim()).toBe('de: 1 applied, 2 unchanged, 1 refused');
    expect(run.status).toBe(1);
    const store = await readFile(join(edited, storeFile), 'utf8');
    expect(store).toContain('target: Bitte warten Sie eine Minute.\n    state: approved\n    origin: import:xliff\n    by: Rita Reviewer');
    expect(store).toContain('target: Öffnen Sie {1}Einstellungen{/1} und tippen Sie auf {2}.\n    state: translated');
  });

  /**
   * Each command fails with one line matching its pattern and exit 1. Run in this process, through
   * the same main() as bin/kb.mjs, as the end-to-end runs above already cover the process.
   */
  async function expectOneLineErrors(cases: [string[], RegExp][]): Promise<void> {
    for (const [args, pattern] of cases) {
      const printed: string[] = [];
      const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        expect(await main(['xliff', ...args, '--root', root]), args.join(' ')).toBe(1);
      } finally {
        error.mockRestore();
        log.mockRestore();
      }
      expect(printed.join('\n')).toMatch(pattern);
    }
  }

  it('answers bad export flags with one line and exit 1, writing nothing', async () => {
    await expectOneLineErrors([
      [['export', '--locale', 'de', '--xliff-version', '3.0', '--out', 'x.xlf'], /--xliff-version 3\.0 is not one kb writes; use 2\.1 or 1\.2/],
      [['export', '--locale', 'de', '--state', 'translated,done', '--out', 'x.xlf'], /--state done is no state; use new, fuzzy, machine, translated, reviewed, approved, outdated/],
      [['export', '--locale', 'de', '--article', 'calls/nope', '--out', 'x.xlf'], /^command line:1:1 {2}xliff\/unknown-article {2}"calls\/nope" is not a translatable article/m],
      [['export', '--locale', 'de', '--state', 'approved', '--out', 'x.xlf'], /^command line:1:1 {2}xliff\/nothing-to-export {2}no de segment in state approved/m],
      [['export', '--locale', 'en', '--out', 'x.xlf'], /locale\/source/],
      [['export', '--out', 'x.xlf'], /--locale is required/],
      [['export', '--locale', 'de', '--out', 'content'], /^content:1:1 {2}output\/unwritable {2}cannot write it/m],
      [['sync'], /unknown action "sync"; use export or import/],
    ]);
    await expect(readFile(join(root, 'x.xlf'))).rejects.toThrow();
  });

  it('answers a missing or unreadable import file with one line and exit 1', async () => {
    await expectOneLineErrors([
      [['import'], /pass exactly one XLIFF file/],
      [['import', 'nothing.xlf'], /^nothing\.xlf:1:1 {2}xliff\/unreadable {2}cannot read it \(ENOENT\)/m],
      [['import', 'content'], /^content:1:1 {2}xliff\/unreadable {2}cannot read it \(EISDIR\)/m],
    ]);
  });
});
