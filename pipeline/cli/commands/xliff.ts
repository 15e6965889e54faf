import { userInfo } from 'node:os';
import { relative, resolve } from 'node:path';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { loadQaProject } from '../../qa/loadQaContext.ts';
import { exportFilterStates, exportXliff, importSummary, importXliff, xliffVersions, type ExportStatus, type XliffVersion } from '../../xliff/index.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import { plural } from '../plural.ts';
import { writeOutputFile } from '../writeOutputFile.ts';
import type { Command } from './command.ts';

export const xliff: Command = {
  help: `Usage: kb xliff export --locale L --out FILE [--xliff-version 2.1|1.2] [--state S[,S…]]… [--article ID]… [--root DIR]
       kb xliff import FILE [--reviewer NAME] [--root DIR]

export  writes the locale's store segments for a translator's CAT tool: one <file> per article,
        one unit per segment (its key as the unit id), placeholders as inline codes showing the
        Markdown they stand for (2.1 <ph>/<pc> with disp and originalData, 1.2 <x>/<g> with ctype
        and equiv-text), the state (new, fuzzy and machine as drafts: 2.1 initial, 1.2
        needs-translation/needs-review-translation; translated; reviewed (1.2: x-reviewed);
        approved as 2.1 final, 1.2 final + approved="yes"), notes with QA findings, glossary and
        do-not-translate terms, and the hashes import checks. Same store, same bytes.
import  applies a file from a CAT tool (either version, detected) to the store of the locale its
        target language names. Every unit is checked: known segment, source unchanged since the
        export, placeholders as in the source, nobody else changed it in the store meanwhile. The
        sound units are applied (final/approved → approved, reviewed → reviewed, translated →
        translated, a changed draft → fuzzy; origin import:xliff for a new target), each change
        recorded with --reviewer and the time; the others are listed as file:line:col errors.

  --locale L              the target locale to export
  --xliff-version V       2.1 (default) or 1.2
  --state S               only segments in these states: ${exportFilterStates.join(', ')} (outdated:
                          whatever their state); repeat or separate with commas (default: all)
  --article ID            only this article (<category>/<slug>); repeat for several (default: all)
  --out FILE              the XLIFF file to write
  --reviewer NAME         recorded as "by" of each change (default: your login name)

Exit code of import: 0 when every unit was applied or unchanged, 1 when any was refused.`,
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'export') return runExport(rest);
    if (action === 'import') return runImport(rest);
    throw argumentError(action ? `unknown action "${action}"; use export or import` : 'say export or import');
  },
};

async function runExport(args: string[]): Promise<number> {
  const { values } = parseFlags(args, {
    locale: { type: 'string' },
    out: { type: 'string' },
    'xliff-version': { type: 'string', default: '2.1' },
    state: { type: 'string', multiple: true },
    article: { type: 'string', multiple: true },
  });
  if (!values.locale) throw argumentError('--locale is required');
  if (!values.out) throw argumentError('--out is required');
  const version = values['xliff-version'] as XliffVersion;
  if (!xliffVersions.includes(version)) throw argumentError(`--xliff-version ${values['xliff-version']} is not one kb writes; use ${xliffVersions.join(' or ')}`);
  const states = values.state?.flatMap((s) => s.split(',')).map((s) => s.trim());
  const unknownState = states?.find((s) => !exportFilterStates.includes(s as ExportStatus));
  if (unknownState !== undefined) throw argumentError(`--state ${unknownState} is no state; use ${exportFilterStates.join(', ')}`);
  const root = values.root ?? process.cwd();
  const project = await requireValidProject(root, { saveCache: false });
  const { xml, units, articles } = await exportXliff(project, await loadQaProject(project), { locale: values.locale, version, states: states as ExportStatus[] | undefined, articles: values.article });
  console.log(`${values.locale}: exported ${plural(units, 'unit')} of ${plural(articles, 'article')} as XLIFF ${version} to ${await writeOutputFile(root, values.out, xml)}`);
  return 0;
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { reviewer: { type: 'string' } }, true);
  if (positionals.length !== 1) throw argumentError('pass exactly one XLIFF file');
  const by = values.reviewer?.trim() || userInfo().username;
  if (!by) throw argumentError('--reviewer needs a name');
  const root = values.root ?? process.cwd();
  const project = await requireValidProject(root, { saveCache: false });
  const path = resolve(root, positionals[0] as string);
  const report = await importXliff(project, path, relative(root, path) || path, { by });
  for (const d of report.refused) console.error(formatDiagnostic(d));
  console.log(importSummary(report));
  return report.refusedUnits > 0 ? 1 : 0;
}
