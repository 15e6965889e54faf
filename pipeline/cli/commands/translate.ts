import { targetLocales } from '../../config/loadConfig.ts';
import { plural } from '../plural.ts';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { ContentCache } from '../../cache/ContentCache.ts';
import { TranslationStore, loadDoNotTranslate, requireTargetLocale } from '../../store/index.ts';
import { segmentedSources } from '../../translate/segmentedSources.ts';
import { formatLeverage, leverageBands } from '../../translate/leverage.ts';
import { providers } from '../../translate/providers/index.ts';
import { translateProject, type LocaleResult } from '../../translate/translateProject.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import { progressBar } from '../progressBar.ts';
import type { Command } from './command.ts';

export const translate: Command = {
  summary: 'update the translation store: reuse the memory, machine-translate the rest',
  help: `Usage: kb translate [--locale L]… [--provider ${Object.keys(providers).join('|')}] [--dry-run] [--json] [--root DIR]

Segments every published source article and brings content/translations/<locale>/ up to date.
Unchanged segments do no work. New and changed ones are matched against the translation memory:
context (101), exact (100), fuzzy (>= fuzzyThreshold in kb.config.ts, default 75). Segments with no
usable match go to the provider: none (default) leaves them untranslated, pseudo pseudo-localizes.
Prints a leverage report per locale: segments and words per band, as vendors bill them.

  --locale L    only this target locale; repeat for several (default: every target locale)
  --provider P  machine translation for unmatched segments (default none)
  --dry-run     match and report, write nothing and call no provider
  --json        print { "locales": { "<code>": { "context", "exact", "fuzzy", "new", … } } }`,
  async run(args) {
    const { values } = parseFlags(args, {
      locale: { type: 'string', multiple: true },
      provider: { type: 'string', default: 'none' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (!Object.hasOwn(providers, values.provider)) {
      throw argumentError(`unknown provider "${values.provider}"; use one of ${Object.keys(providers).join(', ')}`);
    }
    const provider = providers[values.provider];
    const root = values.root ?? process.cwd();
    const project = await requireValidProject(root);
    const { config } = project;
    const codes = values.locale?.length ? values.locale.map((code) => requireTargetLocale(config, code)) : targetLocales(config).map((l) => l.code);
    const locales = config.locales.filter((l) => codes.includes(l.code));
    const doNotTranslate = await loadDoNotTranslate(root);
    const sources = segmentedSources(project, doNotTranslate);
    const cache = values['dry-run'] ? undefined : await ContentCache.open<{ segments: number; words: number }>(root, 'translate');
    const store = TranslationStore.open(root, config, { onWarning: (m) => console.error(`warning: ${m}`) });
    const progress = progressBar('translating', sources.length * locales.length);
    const run = () =>
      translateProject(config, store, sources, {
        locales,
        provider,
        dryRun: values['dry-run'],
        onArticle: () => progress.tick(),
        onWarning: (m) => console.error(`warning: ${m}`),
        cache,
        existingArticles: new Set(project.articles.map((a) => a.id)),
      });
    const results = values['dry-run'] ? await run() : await store.withLock(run);
    await cache?.save();
    progress.finish();
    if (values.json) {
      console.log(JSON.stringify({ dryRun: values['dry-run'] ?? false, provider: values.provider, locales: summarize(results) }, null, 2));
      return 0;
    }
    for (const [code, result] of Object.entries(results)) {
      console.log(formatLeverage(code, result));
      if (result.retiredArticles > 0) console.log(`  ${plural(result.retiredArticles, 'deleted article')}: translations moved to memory.yaml`);
      console.log(`  ${values['dry-run'] ? 'dry run: nothing written' : `${plural(result.filesChanged, 'store file')} changed`}\n`);
    }
    return 0;
  },
};

/** The JSON shape: segment counts per kind at the top, details beside them. */
function summarize(results: Record<string, LocaleResult>) {
  return Object.fromEntries(
    Object.entries(results).map(([code, r]) => [
      code,
      {
        context: r.bands.context.segments,
        exact: r.bands.exact.segments,
        fuzzy: r.bands.fuzzy95.segments + r.bands.fuzzy85.segments + r.bands.fuzzy75.segments,
        new: r.bands.new.segments,
        unchanged: r.unchanged.segments,
        machineTranslated: r.machineTranslated.segments,
        filesChanged: r.filesChanged,
        retiredArticles: r.retiredArticles,
        bands: Object.fromEntries(leverageBands.map((b) => [b, r.bands[b]])),
        words: { unchanged: r.unchanged.words, machineTranslated: r.machineTranslated.words },
      },
    ]),
  );
}
