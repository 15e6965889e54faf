import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, createAlignedProject, repoRoot, runKb, writeProjectFiles } from '../../../test/helpers/tempProject.ts';
import { compileSchema } from '../../schema/compileSchema.ts';

const body = 'Open **Settings**. Wait 30 seconds.\n\nSee [echo](./echo).\n';
const german = 'Öffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\nSiehe [Echo](./echo).\n';
const storeFile = 'content/translations/de/calls/wait.yaml';

/** The repo's tone guides, so the temp project has the real registers and punctuation rules. */
async function toneGuides(): Promise<Record<string, string>> {
  const files = await readdir(join(repoRoot, 'tone-guides'));
  return Object.fromEntries(await Promise.all(files.map(async (f) => [`tone-guides/${f}`, await readFile(join(repoRoot, 'tone-guides', f), 'utf8')] as const)));
}

async function project(): Promise<string> {
  return createAlignedProject({
    ...(await toneGuides()),
    'content/en/calls/wait.md': articleFile('calls', 'Wait', body),
    'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n'),
    'import/de/calls/wait.md': articleFile('calls', 'Warten', german),
    'import/de/calls/echo.md': articleFile('calls', 'Echo-Hilfe', 'Verwenden Sie Kopfhörer.\n'),
  }, 'de');
}

async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  await writeFile(join(root, file), text.replace(from, to));
}

const lineOf = async (root: string, file: string, text: string) => (await readFile(join(root, file), 'utf8')).split('\n').findIndex((l) => l.includes(text)) + 1;

describe('kb check', () => {
  let broken: string;
  beforeAll(async () => {
    broken = await project();
    await edit(broken, storeFile, 'target: Warten Sie 30 Sekunden.', 'target: Warte du 40 Sekunden.');
  });

  it('passes a clean project with exit 0', async () => {
    const root = await project();
    const run = runKb('check', '--root', root);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0 errors, 0 warnings');
    expect(run.status).toBe(0);
  });

  it('lists each problem as file:line:col  check  locale unit: message (hint), exit 1 on errors', async () => {
    const run = runKb('check', '--root', broken);
    const line = await lineOf(broken, storeFile, 'Warte du 40');
    expect(run.stdout.split('\n').filter((l) => l.includes('calls/wait#b0.s1'))).toEqual([
      `${storeFile}:${line}:13  numbers  de calls/wait#b0.s1: the number 30 of the source is missing (keep every number, code and amount of the source)`,
      `${storeFile}:${line}:13  register  de calls/wait#b0.s1: "du": informal "du" (address the reader as „Sie“ (Öffnen Sie …))`,
    ]);
    expect(run.stdout).toContain('2 errors, 0 warnings');
    expect(run.status).toBe(1);
  });

  it('prints one JSON object with a findings array, valid against pipeline/qa/findings.schema.json', async () => {
    const schema = JSON.parse(await readFile(join(import.meta.dirname, '../../qa/findings.schema.json'), 'utf8')) as object;
    const validate = compileSchema(schema);
    const run = runKb('check', '--root', broken, '--format', 'json');
    const document = JSON.parse(run.stdout) as { findings: { check: string; unit: string }[]; errors: number };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.findings.map((f) => `${f.check} ${f.unit}`)).toEqual(['numbers calls/wait#b0.s1', 'register calls/wait#b0.s1']);
    expect(document.errors).toBe(2);
    expect(validate({ findings: [{ check: 'numbers', severity: 'fatal', unit: 'u', locale: 'de', message: 'm' }], errors: 0, warnings: 0 })).toBe(false);
    expect(run.status).toBe(1);
  });

  it('prints GitHub workflow annotations with file, line and column, escaped', async () => {
    const run = runKb('check', '--root', broken, '--format', 'github', '--locale', 'de');
    const line = await lineOf(broken, storeFile, 'Warte du 40');
    expect(run.stdout.trim().split('\n')).toEqual([
      `::error file=${storeFile},line=${line},col=13,title=numbers::de calls/wait#b0.s1: the number 30 of the source is missing (keep every number, code and amount of the source)`,
      `::error file=${storeFile},line=${line},col=13,title=register::de calls/wait#b0.s1: "du": informal "du" (address the reader as „Sie“ (Öffnen Sie …))`,
    ]);
  });

  it('prints a pull-request summary: work per locale, TM leverage, MT billable characters, findings', async () => {
    const run = runKb('check', '--root', broken, '--format', 'markdown', '--locale', 'de', '--locale', 'fr');
    expect(run.stdout).toContain('## kb check: ❌ 2 errors, 0 warnings');
    // de is translated (nothing to do); fr has every segment of both articles new: 8 segments, 15 words.
    expect(run.stdout).toMatch(/^\| de \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|$/m);
    const fr = /^\| fr \| (\d+) \| (\d+) \| 0 \| 0 \| 0 \| (\d+) \| (\d+) \|$/m.exec(run.stdout);
    expect(fr?.slice(1, 4)).toEqual(['8', '15', '8']);
    // Characters of the sources as DeepL bills them (placeholders travel as tags, unbilled).
    expect(Number(fr?.[4])).toBeGreaterThan(60);
    expect(run.stdout).toContain('| ❌ | `content/translations/de/calls/wait.yaml:');
    expect(run.status).toBe(1);
  });

  it('fails on warnings only with --strict', async () => {
    const root = await project();
    await edit(root, storeFile, 'target: Warten Sie 30 Sekunden.', 'target: "Warten Sie 30 Sekunden. "');
    expect(runKb('check', '--root', root).status).toBe(0);
    const strict = runKb('check', '--root', root, '--strict');
    expect(strict.stdout).toContain('warning whitespace  de calls/wait#b0.s1: the translation ends with whitespace the source does not have');
    expect(strict.status).toBe(1);
  });

  it('checks only what changed since a git ref, and everything when the glossary or a tone guide changed', async () => {
    const root = await project();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'start');
    await edit(root, 'content/translations/de/calls/echo.yaml', 'target: Verwenden Sie Kopfhörer.', 'target: Verwende deine Kopfhörer.');
    await writeProjectFiles(root, { 'content/en/calls/new.md': articleFile('calls', 'New', 'Log in with your e-mail address.\n') });
    const since = runKb('check', '--root', root, '--changed-since', 'HEAD', '--format', 'json');
    const units = (JSON.parse(since.stdout) as { findings: { unit: string; check: string }[] }).findings.map((f) => `${f.check} ${f.unit}`);
    expect(units).toEqual(['register calls/echo#b0.s0', 'source-term calls/new#b0.s0', 'source-term calls/new#b0.s0']);
    // The summary's translation work is the pull request's: the new article's 3 segments.
    const summary = runKb('check', '--root', root, '--changed-since', 'HEAD', '--format', 'markdown', '--locale', 'de').stdout;
    expect(summary).toMatch(/^\| de \| 3 \| 10 \| 0 \| 0 \| 0 \| 3 \| \d+ \|$/m);
    await edit(root, storeFile, 'target: Warten Sie 30 Sekunden.', 'target: Warte 30 Sekunden, du.');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'more');
    expect(runKb('check', '--root', root, '--changed-since', 'HEAD', '--format', 'json').stdout).toContain('"findings": []');
    await edit(root, 'tone-guides/de.md', 'exclamationMarks: source', 'exclamationMarks: never');
    expect(runKb('check', '--root', root, '--changed-since', 'HEAD', '--format', 'json').stdout).toContain('calls/wait#b0.s1');
    const unknown = runKb('check', '--root', root, '--changed-since', 'no-such-ref');
    expect(unknown.stderr.trim()).toBe('--changed-since:1:1  check/unknown-ref  git does not know "no-such-ref" here (give a branch, tag or commit, such as origin/main)');
    expect(unknown.status).toBe(1);
  });

  it('checks an XLIFF 2.1 file from a CAT tool with --xliff FILE --locale L: unit ids and lines as in the file', async () => {
    const root = await project();
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de-DE">
  <file id="f1">
    <unit id="u-ok">
      <segment><source>Open <pc id="1">Settings</pc>.</source><target>Öffnen Sie <pc id="1">Einstellungen</pc>.</target></segment>
    </unit>
    <unit id="u-bad">
      <segment><source>Run <ph id="1"/> for 30 seconds.</source><target>Führe es du 40 Sekunden lang aus.</target></segment>
    </unit>
  </file>
</xliff>
`;
    await writeProjectFiles(root, { 'vendor/de.xlf': xliff });
    const run = runKb('check', '--root', root, '--xliff', 'vendor/de.xlf', '--locale', 'de', '--format', 'json');
    const findings = (JSON.parse(run.stdout) as { findings: { check: string; unit: string; file: string; line: number }[] }).findings;
    expect(findings.map((f) => `${f.file}:${f.line} ${f.check} ${f.unit}`)).toEqual([
      'vendor/de.xlf:7 placeholders u-bad',
      'vendor/de.xlf:7 numbers u-bad',
      'vendor/de.xlf:7 register u-bad',
    ]);
    expect(run.status).toBe(1);
    const wrong = runKb('check', '--root', root, '--xliff', 'vendor/de.xlf', '--locale', 'fr');
    expect(wrong.stderr.trim()).toBe('vendor/de.xlf:1:1  check/xliff-language  the file translates into de-DE, not fr (--locale fr) (pass the --locale the file is for)');
    expect(runKb('check', '--root', root, '--xliff', 'vendor/de.xlf').stderr).toContain('--xliff FILE takes exactly one --locale L');
  });

  it('rejects an unknown format or locale in one line', () => {
    const format = runKb('check', '--root', broken, '--format', 'xml');
    expect(format.stderr).toContain('unknown format "xml"; use one of text, json, github, markdown');
    expect(format.status).toBe(1);
    expect(runKb('check', '--root', broken, '--locale', 'xx').status).toBe(1);
  });
});
