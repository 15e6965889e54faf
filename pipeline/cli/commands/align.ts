import { resolve } from 'node:path';
import { plural } from '../plural.ts';
import { requireLocale } from '../../config/loadConfig.ts';
import { alignDirectory, type AlignResult } from '../../align/alignDirectory.ts';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { TranslationStore, loadDoNotTranslate, requireTargetLocale } from '../../store/index.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const align: Command = {
  help: `Usage: kb align --locale L DIR [--approve] [--by NAME] [--strict] [--json] [--root DIR]

DIR holds translated articles laid out like content/en (same <category>/<slug>.md paths, same
Markdown structure, translated title and description). Each is aligned with its source block by
block, and sentence by sentence where every sentence of a block pairs with its counterpart (else
the whole block is kept as one unit in memory.yaml), and stored in content/translations/<L>/ as
translated.

  --approve    store the pairs as approved instead of translated
  --by NAME    who made the translations (default: "kb align <DIR>")
  --strict     all or nothing: write no article when any is refused
An article whose block structure does not line up, or whose frontmatter is broken, is refused and
reported (file:line:col, exit 1); every other article is written. Frontmatter lengths and markup
that differs within a block are warnings.`,
  async run(args) {
    const { values, positionals } = parseFlags(
      args,
      { locale: { type: 'string' }, approve: { type: 'boolean' }, by: { type: 'string' }, strict: { type: 'boolean' }, json: { type: 'boolean' } },
      true,
    );
    if (!values.locale) throw argumentError('--locale is required');
    if (positionals.length !== 1) throw argumentError('pass exactly one folder of translated articles');
    const root = values.root ?? process.cwd();
    const project = await requireValidProject(root);
    const locale = requireLocale(project.config, requireTargetLocale(project.config, values.locale));
    const dir = resolve(root, positionals[0] as string);
    const store = TranslationStore.open(root, project.config, { onWarning: (m) => console.error(`warning: ${m}`) });
    const doNotTranslate = await loadDoNotTranslate(root);
    const result = await store.withLock(() =>
      alignDirectory(project, store, doNotTranslate, { locale, dir, approve: values.approve, by: values.by ?? `kb align ${positionals[0]}`, strict: values.strict }),
    );
    if (values.json) {
      console.log(JSON.stringify({ locale: locale.code, ...result }, null, 2));
    } else {
      for (const d of result.diagnostics) console.error(formatDiagnostic(d));
      console.log(alignSummary(locale.code, result));
    }
    return result.refused.length > 0 ? 1 : 0;
  },
};

/** `de: aligned 9 articles (6 sentence by sentence, 3 with 4 blocks kept whole), refused 1; 212 segments; 10 store files changed` */
function alignSummary(locale: string, result: AlignResult): string {
  const bySentence = result.aligned.filter((a) => a.blocks === 0).length;
  const withBlocks = result.aligned.length - bySentence;
  const blocks = result.aligned.reduce((n, a) => n + a.blocks, 0);
  const sentences = result.aligned.reduce((n, a) => n + a.sentences, 0);
  const unmatched = result.aligned.reduce((n, a) => n + a.unmatched, 0);
  return (
    `${locale}: aligned ${plural(result.aligned.length, 'article')} (${bySentence} sentence by sentence, ${withBlocks} with ${plural(blocks, 'block')} kept whole), ` +
    `refused ${result.refused.length}; ${plural(sentences, 'segment')}` +
    (unmatched ? `, ${unmatched} left untranslated (markup differs)` : '') +
    `; ${plural(result.filesChanged, 'store file')} changed`
  );
}
