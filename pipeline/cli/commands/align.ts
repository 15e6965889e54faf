import { resolve } from 'node:path';
import { plural } from '../plural.ts';
import { requireLocale } from '../../config/loadConfig.ts';
import { alignDirectory } from '../../align/alignDirectory.ts';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { TranslationStore, loadDoNotTranslate, requireTargetLocale } from '../../store/index.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const align: Command = {
  summary: 'seed the store from existing translated articles (a help-center export)',
  help: `Usage: kb align --locale L DIR [--approve] [--by NAME] [--partial] [--json] [--root DIR]

DIR holds translated articles laid out like content/en (same <category>/<slug>.md paths, same
Markdown structure, translated title and description). Each is aligned with its source block by
block, and sentence by sentence where both sides have as many sentences (else the whole block is
kept as one unit in memory.yaml), and stored in content/translations/<L>/ as translated.

  --approve    store the pairs as approved instead of translated
  --by NAME    who made the translations (default: "kb align <DIR>")
  --partial    store the articles that line up even if others do not (exit 1 still reports them)
An article whose structure does not line up is reported (file:line:col) and nothing is written,
unless --partial.`,
  async run(args) {
    const { values, positionals } = parseFlags(
      args,
      { locale: { type: 'string' }, approve: { type: 'boolean' }, by: { type: 'string' }, partial: { type: 'boolean' }, json: { type: 'boolean' } },
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
      alignDirectory(project, store, doNotTranslate, { locale, dir, approve: values.approve, by: values.by ?? `kb align ${positionals[0]}`, partial: values.partial }),
    );
    if (values.json) {
      console.log(JSON.stringify({ locale: locale.code, ...result }, null, 2));
    } else {
      for (const d of result.diagnostics) console.error(formatDiagnostic(d));
      const sentences = result.aligned.reduce((n, a) => n + a.sentences, 0);
      const blocks = result.aligned.reduce((n, a) => n + a.blocks, 0);
      console.log(
        `${locale.code}: aligned ${plural(result.aligned.length, 'article')}, ${sentences} segments` +
          (blocks ? `, ${plural(blocks, 'block')} as whole units (sentence counts differ)` : '') +
          `; ${plural(result.filesChanged, 'store file')} changed`,
      );
    }
    return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
