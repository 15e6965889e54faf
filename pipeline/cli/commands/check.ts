import { targetLocales } from '../../config/loadConfig.ts';
import { loadProject } from '../../content/loadProject.ts';
import { checkProject, checkXliff, changedFiles, countFindings, findingsDocument, formatFindingGithub, formatFindingText, formatMarkdownSummary, inChangeSet, loadQaProject, translationWork, type Finding } from '../../qa/index.ts';
import { requireTargetLocale } from '../../store/index.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import { plural } from '../plural.ts';
import type { Command } from './command.ts';

const formats = ['text', 'json', 'github', 'markdown'] as const;

export const check: Command = {
  help: `Usage: kb check [--locale L]… [--changed-since REF] [--format text|json|github|markdown] [--strict] [--root DIR]
       kb check --xliff FILE --locale L [--format …] [--strict]

Runs kb validate's checks (frontmatter, links, Markdown), the writers' checks on the English
source (deprecated terms, overlong sentences) and every QA check on the stored translations:
glossary, do-not-translate terms, register and tone (tone-guides/<locale>.md), placeholders,
links, inline code, numbers, consistency, punctuation, unsafe markup…

  --locale L           only this target locale; repeat for several (default: every target locale)
  --changed-since REF  only articles whose source or store file changed since the git ref (all of
                       them when glossary/, tone-guides/ or kb.config.ts changed)
  --format F           text (default): file:line:col  check  message (hint)
                       json: { "findings": [ { check, severity, unit, locale, message, hint, file,
                             line, column } ], "errors", "warnings" } (pipeline/qa/findings.schema.json)
                       github: ::error file=…,line=…,col=…:: annotations for GitHub Actions
                       markdown: a pull-request summary (translation work per locale, TM leverage,
                             characters MT would bill, findings)
  --xliff FILE         check an XLIFF 2.x (or 1.2) file from a CAT tool instead of the store, as a
                       translation into --locale (inline ph/pc as placeholders; unit ids as in the file)
  --strict             warnings fail too

Exit code: 0 clean, 1 on any error (with --strict, on any warning).`,
  async run(args) {
    const { values } = parseFlags(args, {
      locale: { type: 'string', multiple: true },
      'changed-since': { type: 'string' },
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean' },
      xliff: { type: 'string' },
    });
    const format = values.format as (typeof formats)[number];
    if (!formats.includes(format)) throw argumentError(`unknown format "${values.format}"; use one of ${formats.join(', ')}`);
    const root = values.root ?? process.cwd();
    const project = await loadProject(root, undefined, { saveCache: false });
    const { config } = project;
    const locales = values.locale?.length ? values.locale.map((code) => requireTargetLocale(config, code)) : targetLocales(config).map((l) => l.code);
    if (values.xliff !== undefined && (locales.length !== 1 || !values.locale?.length || values['changed-since'] !== undefined)) {
      throw argumentError('--xliff FILE takes exactly one --locale L (the file\'s target language) and no --changed-since');
    }
    const changed = values['changed-since'] === undefined ? undefined : changedFiles(root, values['changed-since']);
    const qa = await loadQaProject(project);
    const { context } = qa;
    const findings = values.xliff === undefined ? await checkProject(project, qa, { locales, changed }) : await checkXliff(root, values.xliff, locales[0] ?? '', config, context);
    await print(findings, format, async () => translationWork(project, qa.sources, locales, context.glossary.doNotTranslate, (m) => console.error(`warning: ${m}`), inChangeSet(changed)));
    const { errors, warnings } = countFindings(findings);
    return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
  },
};

async function print(findings: Finding[], format: (typeof formats)[number], work: () => ReturnType<typeof translationWork>): Promise<void> {
  if (format === 'json') return void console.log(JSON.stringify(findingsDocument(findings), null, 2));
  if (format === 'markdown') return void process.stdout.write(formatMarkdownSummary(findings, await work()));
  if (format === 'github') return findings.forEach((f) => console.log(formatFindingGithub(f)));
  for (const f of findings) console.log(formatFindingText(f));
  const { errors, warnings } = countFindings(findings);
  console.log(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
}
