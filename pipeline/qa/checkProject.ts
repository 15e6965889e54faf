import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../content/loadProject.ts';
import { UserError, fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { TranslationStore, articleStoreFile } from '../store/index.ts';
import { checkUnits } from './checkUnits.ts';
import type { QaProject } from './loadQaContext.ts';
import { sourceUnits, storeUnits } from './storeUnits.ts';
import type { Finding, QaUnit } from './types.ts';

/** A validation or link problem of `kb validate`, reported among the QA findings. */
function diagnosticFinding(d: Diagnostic, locale: string): Finding {
  return { check: d.rule, severity: d.severity, unit: d.file, locale, message: d.message, ...(d.hint ? { hint: d.hint } : {}), file: d.file, line: d.line, column: d.column };
}

/**
 * Files changed since a git ref (committed, staged, unstaged and untracked), relative to `root`.
 * A ref git does not know is a one-line error.
 */
export function changedFiles(root: string, ref: string): Set<string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  let prefix;
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    prefix = git('rev-parse', '--show-prefix').trim();
  } catch {
    throw new UserError([fileDiagnostic('--changed-since', 'check/unknown-ref', `git does not know "${ref}" here`, 'give a branch, tag or commit, such as origin/main')]);
  }
  const listed = [...git('diff', '--name-only', '--relative', ref, '--').split('\n'), ...git('ls-files', '--others', '--exclude-standard').split('\n')];
  return new Set(listed.filter(Boolean).map((path) => (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path)));
}

/** Rules every segment depends on: when they change, everything is checked again. */
const projectWide = (file: string) => file.startsWith('glossary/') || file.startsWith('tone-guides/') || file === 'kb.config.ts';

/** Whether a file is to be checked: every file without a change set, or when a project-wide file changed. */
export function inChangeSet(changed: Set<string> | undefined): (file: string) => boolean {
  if (!changed || [...changed].some(projectWide)) return () => true;
  return (file) => changed.has(file);
}

interface ProjectCheckOptions {
  /** Target locales to check (the source's checks always run). */
  locales: string[];
  /** Only articles whose source or store file is in this set (everything when a project-wide file is). */
  changed?: Set<string>;
}

/**
 * `kb check` over the project (`qa` loaded from it by loadQaProject): validation and link problems,
 * the writers' checks on the source segments, and every QA check on the stored translations of the
 * chosen locales.
 */
export async function checkProject(project: Project, qa: QaProject, options: ProjectCheckOptions): Promise<Finding[]> {
  const { root, config } = project;
  const wanted = inChangeSet(options.changed);
  const store = TranslationStore.open(root, config);
  const units: QaUnit[] = [];
  for (const { article, segmented } of qa.sources) {
    if (wanted(article.file)) units.push(...sourceUnits(article, segmented.segments, config.sourceLocale, await readFile(join(root, article.file), 'utf8')));
    for (const locale of options.locales) {
      const file = articleStoreFile(locale, article.id);
      if (!wanted(file) && !wanted(article.file)) continue;
      const entries = await store.read(locale, article.id);
      if (entries.length > 0) units.push(...storeUnits(article.id, locale, entries, await readFile(join(root, file), 'utf8')));
    }
  }
  const diagnostics = project.diagnostics.filter((d) => wanted(d.file)).map((d) => diagnosticFinding(d, config.sourceLocale));
  return [...diagnostics, ...checkUnits(units, qa.context)];
}
