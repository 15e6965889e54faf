import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFile, createAlignedProject, repoRoot, writeProjectFiles } from '../helpers/tempProject.ts';

interface Workflow {
  on: { pull_request: { paths: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
}

/** A writer's repository: two aligned articles on main, with the repo's tone guides. */
async function writerRepo(): Promise<string> {
  const guides = await readdir(join(repoRoot, 'tone-guides'));
  const root = await createAlignedProject({
    ...Object.fromEntries(await Promise.all(guides.map(async (f) => [`tone-guides/${f}`, await readFile(join(repoRoot, 'tone-guides', f), 'utf8')] as const))),
    'content/en/calls/wait.md': articleFile('calls', 'Wait', 'Wait 30 seconds.\n'),
    'import/de/calls/wait.md': articleFile('calls', 'Warten', 'Warten Sie 30 Sekunden.\n'),
  }, 'de');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=writer', '-c', 'user.email=w@example.com', ...args], { cwd: root });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'main');
  git('checkout', '-qb', 'writer/new-article');
  return root;
}

/** The workflow's script, as Actions runs it (GITHUB_ACTIONS=true), without the site build. */
function runWorkflow(root: string, summary: string) {
  return spawnSync('bash', [join(repoRoot, '.ci/pull-request')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, KB_ROOT: root, KB_PR_BUILD: '0', GH_TOKEN: '', PR_NUMBER: '' },
  });
}

describe('pull-request workflow', () => {
  it('runs on pull requests touching content, glossary or tone guides, through .ci/pull-request, and may comment', async () => {
    const workflow = parse(await readFile(join(repoRoot, '.github/workflows/pull-request.yml'), 'utf8')) as Workflow;
    expect(workflow.on.pull_request.paths).toEqual(['content/**', 'glossary/**', 'tone-guides/**']);
    expect(workflow.permissions['pull-requests']).toBe('write');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.run === 'bash .ci/pull-request')?.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', PR_NUMBER: '${{ github.event.pull_request.number }}' });
    expect(steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
  });

  it('annotates the changed lines, writes the summary and fails on errors; passes a clean pull request', async () => {
    const root = await writerRepo();
    await writeProjectFiles(root, { 'content/en/calls/hold.md': articleFile('calls', 'Hold', 'Log in and hold the call.\n') });
    const store = join(root, 'content/translations/de/calls/wait.yaml');
    await writeFile(store, (await readFile(store, 'utf8')).replace('target: Warten Sie 30 Sekunden.', 'target: Warte du 30 Sekunden.'));
    const summary = join(root, 'summary.md');
    const run = runWorkflow(root, summary);
    expect(run.stdout).toContain('::group::kb validate');
    expect(run.stdout).toMatch(/^::error file=content\/translations\/de\/calls\/wait\.yaml,line=\d+,col=13,title=register::de calls\/wait#b0\.s0: "du"/m);
    expect(run.stdout).toMatch(/^::warning file=content\/en\/calls\/hold\.md,line=\d+,col=1,title=source-term::en calls\/hold#b0\.s0: "log in" is deprecated/m);
    const written = await readFile(summary, 'utf8');
    expect(written).toContain('## kb check: ❌ 1 error, 1 warning');
    // The pull request's new article, for each locale: 3 segments to translate.
    expect(written).toMatch(/^\| de \| 3 \| \d+ \| 0 \| 0 \| 0 \| 3 \| \d+ \|$/m);
    expect(run.status).toBe(1);

    await writeFile(store, (await readFile(store, 'utf8')).replace('target: Warte du 30 Sekunden.', 'target: Warten Sie 30 Sekunden.'));
    await writeProjectFiles(root, { 'content/en/calls/hold.md': articleFile('calls', 'Hold', 'Sign in and hold the call.\n') });
    const clean = runWorkflow(root, join(root, 'summary-clean.md'));
    expect(clean.stdout).not.toMatch(/^::(error|warning)/m);
    expect(await readFile(join(root, 'summary-clean.md'), 'utf8')).toContain('## kb check: ✅ 0 errors, 0 warnings');
    expect(clean.status).toBe(0);
    // Two workflow runs of six kb processes, each loading the Japanese dictionary for the tone checks.
  }, 120_000);
});
