// Every user mistake on the command line ends in `file:line:col  rule  message (hint)` or one line
// of explanation and exit 1 — never a stack trace. New commands are covered by the first two tests
// automatically, since they iterate the command table.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, createTempProject, runKb } from '../../test/helpers/tempProject.ts';
import { commands } from './commands/index.ts';

/** Arguments that get each command past its own flag checks, so a bad `--root` is what it meets. */
const validArgs: Record<string, string[][]> = {
  ask: [['how do I reset my password']],
  translate: [['--locale', 'de', '--provider', 'pseudo']],
  align: [['--locale', 'de', 'import/de']],
  tm: [['export', '--locale', 'de', '--out', 'de.tmx'], ['import', 'de.tmx']],
  xliff: [['export', '--locale', 'de', '--out', 'de.xlf'], ['import', 'de.xlf']],
  glossary: [['export', '--format', 'csv', '--out', 'terms.csv'], ['import', 'terms.csv']],
};

function expectUserError(run: ReturnType<typeof runKb>, pattern?: RegExp) {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr.trim()).not.toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n|node:internal|^\s*\^$/m);
  if (pattern) expect(run.stderr).toMatch(pattern);
}

let root: string;
beforeAll(async () => {
  root = await createTempProject({ 'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Wait a minute.\n') });
  await mkdir(join(root, 'a-folder'));
});

describe('kb with bad input', () => {
  it.each(Object.keys(commands))('kb %s --no-such-flag names the flag and prints the help', (name) => {
    // Commands with actions parse their flags after the action.
    const action = name === 'tm' || name === 'glossary' || name === 'xliff' ? ['export'] : [];
    const run = runKb(name, ...action, '--no-such-flag', '--root', root);
    expectUserError(run, /--no-such-flag/);
  });

  it.each(Object.keys(commands))('kb %s --root on a folder that does not exist names what is missing there', (name) => {
    const missing = join(root, 'missing');
    for (const args of validArgs[name] ?? [[]]) {
      expectUserError(runKb(name, ...args, '--root', missing), /^(kb\.config\.ts:1:1 {2}config\/missing {2}no kb\.config\.ts in |\/\S+\/missing\/dist\S*:1:1 {2})/m);
    }
  });

  it('a fractional fuzzyThreshold in kb.config.ts is a config error, not a stack trace', async () => {
    const config = join(root, 'kb.config.ts');
    const original = await readFile(config, 'utf8');
    const base = original.match(/from (".*")/)?.[1];
    await writeFile(config, `import base from ${base};\nimport { defineConfig } from ${JSON.stringify(join(import.meta.dirname, '../config/defineConfig.ts'))};\nexport default defineConfig({ ...base, fuzzyThreshold: 80.5 });\n`);
    try {
      for (const name of ['validate', 'translate', 'status']) {
        expectUserError(runKb(name, ...(validArgs[name]?.[0] ?? []), '--root', root), /^kb\.config\.ts:1:1 {2}config\/invalid {2}fuzzyThreshold must be a whole number from 1 to 100, got 80\.5/m);
      }
    } finally {
      await writeFile(config, original);
    }
  });

  it('an --out that is a folder or cannot be written is one line naming the path', () => {
    // A folder, and a path through a file (tests run as root, so permissions would not stop them).
    for (const out of ['a-folder', 'content/en/calls/wait.md/out.txt']) {
      expectUserError(runKb('tm', 'export', '--locale', 'de', '--out', out, '--root', root), new RegExp(`^${out.replaceAll('.', '\\.')}:1:1  output/unwritable  cannot write it`, 'm'));
      expectUserError(runKb('glossary', 'export', '--format', 'csv', '--out', out, '--root', root), /output\/unwritable/);
      expectUserError(runKb('status', '--html', '--out', out, '--root', root), /output\/unwritable/);
    }
  });

  it('input files and folders that do not exist, or are folders, are named', () => {
    expectUserError(runKb('tm', 'import', 'nothing.tmx', '--root', root), /nothing\.tmx/);
    expectUserError(runKb('tm', 'import', 'a-folder', '--root', root), /a-folder/);
    expectUserError(runKb('glossary', 'import', 'nothing.tbx', '--root', root), /nothing\.tbx/);
    expectUserError(runKb('align', '--locale', 'de', 'no-such-folder', '--root', root), /no-such-folder/);
  });

  it('bad flag values are named with what would be accepted', () => {
    expectUserError(runKb('translate', '--locale', 'xx', '--root', root), /locale\/unknown {2}unknown locale "xx"/);
    expectUserError(runKb('translate', '--locale', 'de', '--provider', 'babelfish', '--root', root), /babelfish/);
    expectUserError(runKb('ask', 'question', '--k', 'many', '--root', root), /--k/);
    expectUserError(runKb('ask', '  ', '--root', root), /the question is empty/);
    expectUserError(runKb('review', '--port', 'abc', '--root', root), /port/);
    expectUserError(runKb('glossary', 'export', '--format', 'xlsx', '--root', root), /xlsx/);
    expectUserError(runKb('tm', 'sync', '--root', root), /unknown action "sync"/);
  });

  it('frontmatter written as a YAML list is reported as such, at its line', async () => {
    await writeFile(join(root, 'content/en/calls/list.md'), '---\n- title: A\n- b\n---\n\nHello.\n');
    try {
      expectUserError(runKb('validate', '--root', root), /^content\/en\/calls\/list\.md:2:1 {2}frontmatter\/not-a-mapping {2}frontmatter is a list, not a mapping of fields \(write one "key: value" per line/m);
    } finally {
      await writeFile(join(root, 'content/en/calls/list.md'), articleFile('calls', 'List', 'Hello.\n'));
    }
  });
});
