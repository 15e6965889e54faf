import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, createTempProject, runKb, writeProjectFiles } from '../helpers/tempProject.ts';

/** Every file under the project (caches and dot folders included) with a digest of its content. */
async function treeDigest(root: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    digest[path.slice(root.length + 1)] = entry.isFile() ? createHash('sha256').update(await readFile(path)).digest('hex') : 'folder';
  }
  return digest;
}

const vendorCsv = 'term,pos,status,case_sensitive,use_instead,note,locale,translation,translation_status,translation_note\nringtone,noun,preferred,false,,,de,Klingelton,preferred,\n';

describe('--dry-run writes nothing at all', () => {
  // Every command with --dry-run, on a project that has been translated and built once (warm caches).
  const commands: [string, string[]][] = [
    ['kb translate --dry-run', ['translate', '--dry-run', '--locale', 'de', '--locale', 'fr']],
    ['kb translate --provider pseudo --dry-run', ['translate', '--provider', 'pseudo', '--dry-run']],
    ['kb translate --provider deepl --dry-run', ['translate', '--provider', 'deepl', '--dry-run', '--locale', 'ja']],
    ['kb glossary import --dry-run', ['glossary', 'import', 'vendor.csv', '--dry-run']],
  ];
  for (const [name, args] of commands) {
    it(name, async () => {
      const root = await createTempProject({
        'content/en/calls/restart.md': articleFile('calls', 'Restart', 'Restart the app. Check your **ringtone**.\n'),
        'vendor.csv': vendorCsv,
      });
      expect(runKb('translate', '--root', root, '--locale', 'de', '--provider', 'pseudo').status).toBe(0);
      // A new article and an edited one: a real run would write store files and caches.
      await writeProjectFiles(root, {
        'content/en/calls/echo.md': articleFile('calls', 'Echo', 'Use headphones.\n'),
        'content/en/calls/restart.md': articleFile('calls', 'Restart', 'Restart the app now. Check your **ringtone**.\n'),
      });
      const before = await treeDigest(root);
      const result = runKb(...args, '--root', root);
      expect(result.stderr).not.toContain('    at ');
      expect(result.status).toBe(0);
      expect(await treeDigest(root)).toEqual(before);
    });
  }
});

describe('a project without its source folder', () => {
  it('is an error with a hint, not "0 errors"', async () => {
    const root = await createTempProject({});
    const validate = runKb('validate', '--root', root);
    expect(validate.status).toBe(1);
    expect(validate.stderr).toContain('content/en:1:1  content/missing-source  the source folder content/en does not exist');
    expect(validate.stderr).toContain('(write articles as content/en/<category>/<slug>.md, or pass --root with the folder that holds content/)');
    expect(validate.stdout).not.toContain('0 errors');
    for (const command of [['translate'], ['status'], ['assemble']]) {
      const result = runKb(...command, '--root', root);
      expect(result.status, command[0]).toBe(1);
      expect(result.stderr, command[0]).toContain('content/missing-source');
    }
  });
});
