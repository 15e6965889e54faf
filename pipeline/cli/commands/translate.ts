import { targetLocales } from '../../config/loadConfig.ts';
import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { plural } from '../plural.ts';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { ContentCache } from '../../cache/ContentCache.ts';
import { TranslationStore, loadDoNotTranslate, requireTargetLocale } from '../../store/index.ts';
import { segmentedSources } from '../../translate/segmentedSources.ts';
import { formatLeverage, leverageBands } from '../../translate/leverage.ts';
import { providers } from '../../translate/providers/index.ts';
import { translateProject, type CurrentArticle, type LocaleResult, type TranslateResult } from '../../translate/translateProject.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import { progressBar } from '../progressBar.ts';
import type { Command } from './command.ts';

export const translate: Command = {
  help: `Usage: kb translate [--locale L]… [--provider ${Object.keys(providers).join('|')}] [--max-chars N] [--dry-run] [--json] [--root DIR]

Segments every published source article and brings content/translations/<locale>/ up to date.
Unchanged segments do no work. New and changed ones are matched against the translation memory:
context (101), exact (100), fuzzy (>= fuzzyThreshold in kb.config.ts, default 75). Segments with no
usable match go to the provider: none (default) leaves them untranslated, pseudo pseudo-localizes,
deepl translates through DeepL (DEEPL_AUTH_KEY; DEEPL_SERVER_URL for a proxy). Each batch is
stored before the next is sent. Prints a leverage report per locale: segments and words per band.

  --locale L     only this target locale; repeat for several (default: every target locale)
  --provider P   machine translation for unmatched segments (default none)
  --max-chars N  bill at most N characters this run; the rest waits for the next run
  --dry-run      match and report what the provider would bill; write nothing, call nothing
  --json         print { "locales": { "<code>": { "context", "exact", "fuzzy", "new", … } } }`,
  async run(args) {
    const { values } = parseFlags(args, {
      locale: { type: 'string', multiple: true },
      provider: { type: 'string', default: 'none' },
      'max-chars': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
    if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars > 0)) {
      throw argumentError(`--max-chars takes a positive whole number of characters, got "${values['max-chars']}"`);
    }
    if (!Object.hasOwn(providers, values.provider)) {
      throw argumentError(`unknown provider "${values.provider}"; use one of ${Object.keys(providers).join(', ')}`);
    }
    const root = values.root ?? process.cwd();
    const dryRun = values['dry-run'] ?? false;
    const project = await requireValidProject(root, { saveCache: !dryRun });
    const { config } = project;
    const codes = values.locale?.length ? values.locale.map((code) => requireTargetLocale(config, code)) : targetLocales(config).map((l) => l.code);
    const locales = config.locales.filter((l) => codes.includes(l.code));
    const warn = (message: string) => console.error(`warning: ${message}`);
    const provider = await providers[values.provider]?.({ root, config, locales, dryRun, env: process.env, onWarning: warn });
    const doNotTranslate = await loadDoNotTranslate(root);
    const sources = segmentedSources(project, doNotTranslate);
    const cache = dryRun ? undefined : await ContentCache.open<CurrentArticle>(root, 'translate');
    const store = TranslationStore.open(root, config, { onWarning: (d) => console.error(formatDiagnostic(d)) });
    const progress = progressBar('translating', sources.length * locales.length);
    const run = () =>
      translateProject(config, store, sources, {
        locales,
        provider,
        dryRun,
        maxChars,
        onArticle: () => progress.tick(),
        onWarning: warn,
        cache,
        existingArticles: new Set(project.articles.map((a) => a.id)),
      });
    const results = dryRun ? await run() : await store.withLock(run);
    await cache?.save();
    progress.finish();
    const exitCode = results.stopped?.failed ? 1 : 0;
    if (results.stopped) console.error(stopSummary(results));
    if (values.json) {
      console.log(JSON.stringify({ dryRun, provider: values.provider, stopped: results.stopped?.reason, locales: summarize(results.locales) }, null, 2));
      return exitCode;
    }
    for (const [code, result] of Object.entries(results.locales)) {
      console.log(formatLeverage(code, result));
      for (const line of machineLines(result, dryRun, provider !== undefined)) console.log(`  ${line}`);
      if (result.retiredArticles > 0) console.log(`  ${plural(result.retiredArticles, 'deleted article')}: translations moved to memory.yaml`);
      console.log(`  ${dryRun ? 'dry run: nothing written' : `${plural(result.filesChanged, 'store file')} changed`}\n`);
    }
    return exitCode;
  },
};

/** Billing and what machine translation left undone, for one locale. */
function machineLines(r: LocaleResult, dryRun: boolean, hasProvider: boolean): string[] {
  if (!hasProvider) return [];
  if (dryRun) return [`would bill ${plural(r.wouldBill, 'character')}`];
  const lines = [`billed ${plural(r.billedCharacters, 'character')}`];
  if (r.rejected.segments > 0) lines.push(`rejected ${plural(r.rejected.segments, 'segment')}: the answer broke its placeholders (not stored; sent again next run)`);
  if (r.notSent.segments > 0) lines.push(`not translated ${plural(r.notSent.segments, 'segment')} (${plural(r.notSent.words, 'word')}): the run stopped first`);
  return lines;
}

/** One line: why machine translation stopped, what it stored, what is left for the next run. */
function stopSummary(results: TranslateResult): string {
  const all = Object.values(results.locales);
  const done = all.reduce((n, r) => n + r.machineTranslated.segments, 0);
  const left = all.reduce((n, r) => n + r.notSent.segments, 0);
  return `kb translate: machine translation stopped: ${results.stopped?.reason}; ${plural(done, 'segment')} translated and stored, ${plural(left, 'segment')} not translated (run again to continue)`;
}

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
        billedCharacters: r.billedCharacters,
        wouldBill: r.wouldBill,
        rejected: r.rejected.segments,
        notSent: r.notSent.segments,
      },
    ]),
  );
}
