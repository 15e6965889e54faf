import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.ts';

const repo = join(import.meta.dirname, '../..');
const kb = (...args: string[]) => spawnSync(process.execPath, [join(repo, 'bin/kb.mjs'), ...args], { cwd: repo, encoding: 'utf8' });

describe('kb CLI', () => {
  it('validate points at the line of a broken file, exits 1, and prints no stack trace', () => {
    const result = kb('validate', '--root', join(repo, 'test/fixtures/validate/broken-frontmatter'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/en/account/broken.md:4:7  frontmatter/invalid-type  type "guidee" is not allowed');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate exits 0 on the sample corpus', () => {
    const result = kb('validate');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('rejects an unknown flag with the command help', () => {
    const result = kb('validate', '--colour');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(result.stderr).toContain('Usage: kb validate');
  });

  it('reports a missing kb.config.ts as a diagnostic', () => {
    const result = kb('validate', '--root', '/nonexistent-kb-root');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^kb\.config\.ts:1:1 {2}config\/missing/);
  });

  it('loads only the running command: `kb bot` and `kb ask` load no module of another stage', () => {
    // A load hook reports every project module the run loads (Node 24's synchronous module hooks).
    const hook = `data:text/javascript,${encodeURIComponent("import { registerHooks } from 'node:module'; registerHooks({ load(url, context, next) { if (url.startsWith('file:') && !url.includes('/node_modules/')) process.stderr.write(`loaded ${url}\\n`); return next(url, context); } });")}`;
    for (const command of ['bot', 'ask']) {
      const result = spawnSync(process.execPath, ['--import', hook, join(repo, 'bin/kb.mjs'), command, '--colour'], { cwd: repo, encoding: 'utf8' });
      const loaded = [...result.stderr.matchAll(/^loaded file:\/\/(.*)$/gm)].map((m) => m[1]!.slice(repo.length + 1));
      expect(loaded).toContain(`pipeline/cli/commands/${command}.ts`);
      expect(loaded.filter((path) => /^pipeline\/(review|xliff|tmx|tm|translate|align|qa|search)\/|^pipeline\/cli\/commands\/(?!index|command)/.test(path) && path !== `pipeline/cli/commands/${command}.ts`)).toEqual([]);
    }
  });

  it('--help lists every command of the table with its summary', () => {
    const result = kb('--help');
    expect(result.status).toBe(0);
    for (const [name, { summary }] of Object.entries(commands)) expect(result.stdout).toContain(`  ${name.padEnd(12)}${summary}\n`);
  });

  it('loads each command from the table, with its help', async () => {
    for (const [name, entry] of Object.entries(commands)) {
      const command = await entry.load();
      expect(command.help, name).toMatch(new RegExp(`^Usage: kb ${name}\\b`));
      expect(typeof command.run, name).toBe('function');
    }
  });
});
