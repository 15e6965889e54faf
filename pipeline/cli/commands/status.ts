import { plural } from '../plural.ts';
import { targetLocales } from '../../config/loadConfig.ts';
import { requireValidProject } from '../../content/requireValidProject.ts';
import {
  TranslationStore,
  blockUnitsByArticle,
  isDone,
  isTranslatable,
  loadDoNotTranslate,
  projectStatus,
  requireTargetLocale,
  segmentSource,
  shownBlockCoverage,
  type TranslationStatus,
} from '../../store/index.ts';
import { reviewQueue } from '../../status/reviewQueue.ts';
import { renderStatusPage } from '../../status/renderStatusPage.ts';
import { writeOutputFile } from '../writeOutputFile.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const status: Command = {
  help: `Usage: kb status [--locale L]… [--json | --html [--out FILE]] [--root DIR]

Segments the current source articles (published, translate: true) and compares them with the
translation store, content/translations/<locale>/. Per locale it prints the segments that are
current, outdated (the source sentence changed since), missing, and in need of review (not done under
the locale's publish policy, or machine output), the share of source words done, and every article
that is not done.

  --locale L   only this target locale; repeat for several (default: every target locale)
  --json       print { "locales": { "<code>": { "totals": …, "articles": { "<id>": … } } } }
  --html       print the status dashboard (progress per locale and state, per-article counts,
               review queue) as one HTML page; npm run build publishes it at /status/
  --out FILE   write the --html page to FILE instead of printing it

What counts as done follows each locale's publish policy (publish in kb.config.ts).`,
  async run(args) {
    const { values } = parseFlags(args, { locale: { type: 'string', multiple: true }, json: { type: 'boolean' }, html: { type: 'boolean' }, out: { type: 'string' } });
    if (values.out !== undefined && !values.html) throw argumentError('--out needs --html');
    const root = values.root ?? process.cwd();
    const project = await requireValidProject(root);
    const { config } = project;
    const locales = values.locale?.length ? values.locale.map((code) => requireTargetLocale(config, code)) : targetLocales(config).map((l) => l.code);
    const doNotTranslate = await loadDoNotTranslate(root);
    const articles = project.articles.filter(isTranslatable).map((a) => segmentSource(a, config.sourceLocale, doNotTranslate));

    const store = TranslationStore.open(root, config);
    const stored = await store.readAll(locales, articles.map((a) => a.id));
    const perLocale = await Promise.all(
      locales.map(async (code) => {
        const blockUnits = blockUnitsByArticle(await store.readMemory(code));
        const policy = config.locales.find((l) => l.code === code)?.publish;
        return {
          code,
          policy,
          articles: articles.map((a) => {
            const entries = stored.get(code)?.get(a.id) ?? [];
            // A block unit counts where the page shows it: a sentence target still under review does not end it there.
            return { id: a.id, segments: a.segments, entries, inBlockUnits: shownBlockCoverage(a, blockUnits.get(a.id) ?? [], entries, policy) };
          }),
        };
      }),
    );
    const result = projectStatus(perLocale);
    if (values.html) {
      const queues = Object.fromEntries(perLocale.map((l) => [l.code, reviewQueue(l.articles, l.policy)]));
      const page = renderStatusPage({ config, status: result, queues, generatedAt: new Date().toISOString() });
      if (values.out === undefined) process.stdout.write(page);
      else await writeOutputFile(root, values.out, page);
      return 0;
    }
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    for (const [code, locale] of Object.entries(result.locales)) {
      const name = config.locales.find((l) => l.code === code)?.englishName ?? code;
      console.log(`${code} (${name})  ${describe(locale.totals)}`);
      const pending = Object.entries(locale.articles).filter(([, s]) => !isDone(s));
      if (pending.length > 0 && locale.totals.segments.missing === locale.totals.segments.total) {
        console.log(`  no translations yet (${plural(pending.length, 'article')})`);
        continue;
      }
      const width = Math.max(0, ...pending.map(([id]) => id.length));
      for (const [id, s] of pending) console.log(`  ${id.padEnd(width)}  ${describe(s)}`);
    }
    return 0;
  },
};

/** `62% done · 310 segments, 2900 words: 250 current (40 need review), 10 outdated, 50 missing` */
function describe(status: TranslationStatus): string {
  const s = status.segments;
  const review = s.needsReview > 0 ? ` (${s.needsReview} need${s.needsReview === 1 ? 's' : ''} review)` : '';
  return `${status.percentDone}% done · ${plural(s.total, 'segment')}, ${plural(status.words.total, 'word')}: ${s.current} current${review}, ${s.outdated} outdated, ${s.missing} missing`;
}
