import type { KbConfig } from '../config/defineConfig.ts';
import { articleUrl } from '../assemble/sitePaths.ts';
import type { ProjectStatus, StatusCounts } from '../store/index.ts';
import { defaultPublishPolicy } from '../store/index.ts';
import { escapeMarkup as esc } from '../text/escapeMarkup.ts';
import type { QueueItem } from './reviewQueue.ts';

/** The bands of a progress bar, best first; together they make up every segment. */
const bands = [
  { id: 'approved', label: 'approved', count: (c: StatusCounts) => c.byState.approved },
  { id: 'reviewed', label: 'reviewed', count: (c: StatusCounts) => c.byState.reviewed },
  { id: 'translated', label: 'translated', count: (c: StatusCounts) => c.byState.translated },
  { id: 'machine', label: 'machine', count: (c: StatusCounts) => c.byState.machine },
  { id: 'draft', label: 'fuzzy or new', count: (c: StatusCounts) => c.byState.fuzzy + c.byState.new },
  { id: 'outdated', label: 'outdated', count: (c: StatusCounts) => c.outdated },
  { id: 'missing', label: 'missing', count: (c: StatusCounts) => c.missing },
] as const;

/** Queue items listed per locale on the page; the rest is counted (the review app has them all). */
const QUEUE_SHOWN = 100;

export interface StatusPageInput {
  config: KbConfig;
  status: ProjectStatus;
  queues: Record<string, QueueItem[]>;
  /** When the figures were taken (ISO 8601), printed on the page. */
  generatedAt: string;
}

/**
 * The translation status dashboard as one self-contained HTML page: per locale a progress bar by
 * state, then per article the counts and the review queue. Not meant for search engines or the
 * site search (noindex, no Pagefind body).
 */
export function renderStatusPage({ config, status, queues, generatedAt }: StatusPageInput): string {
  const locales = Object.entries(status.locales);
  const name = (code: string) => config.locales.find((l) => l.code === code);
  const overview = locales
    .map(([code, locale]) => {
      const l = name(code);
      return `<tr><th scope="row"><a href="#${esc(code)}">${esc(l?.englishName ?? code)}</a> <span lang="${esc(l?.tag ?? code)}">${esc(l?.label ?? '')}</span></th>` +
        `<td>${esc(l?.publish ?? defaultPublishPolicy)}</td><td>${bar(locale.totals.segments)}</td><td class="num">${locale.totals.percentDone}%</td>` +
        `<td class="num">${(queues[code] ?? []).length}</td></tr>`;
    })
    .join('\n');
  const sections = locales.map(([code, locale]) => localeSection(code, name(code)?.englishName ?? code, locale.articles, queues[code] ?? [])).join('\n');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Translation status</title>
<style>${styles}</style>
</head>
<body>
<main>
<h1>Translation status</h1>
<p>Segments per locale by state, as of <time datetime="${esc(generatedAt)}">${esc(generatedAt.slice(0, 16).replace('T', ' '))} UTC</time>. “Done” is the share of source words current and reviewed under the locale’s publish policy.</p>
${legend()}
<table class="overview">
<thead><tr><th scope="col">Locale</th><th scope="col">Publishes</th><th scope="col">Progress</th><th scope="col">Done</th><th scope="col">To review</th></tr></thead>
<tbody>
${overview}
</tbody>
</table>
${sections}
</main>
</body>
</html>
`;
}

function localeSection(code: string, englishName: string, articles: ProjectStatus['locales'][string]['articles'], queue: QueueItem[]): string {
  const rows = Object.entries(articles)
    .map(([id, s]) => {
      const c = s.segments;
      return `<tr><th scope="row"><a href="${esc(articleUrl(code, id))}">${esc(id)}</a></th>` +
        `<td class="num">${c.byState.approved}</td><td class="num">${c.byState.reviewed}</td><td class="num">${c.byState.translated}</td><td class="num">${c.byState.machine}</td>` +
        `<td class="num">${c.outdated}</td><td class="num">${c.missing}</td><td class="num">${s.percentDone}%</td></tr>`;
    })
    .join('\n');
  const items = queue.slice(0, QUEUE_SHOWN).map((item) =>
    `<li><a href="${esc(articleUrl(code, item.article))}">${esc(item.article)}</a> <code>${esc(item.key)}</code> <span class="state">${item.outdated ? 'outdated' : esc(item.state)}</span> ${esc(item.source)}</li>`,
  );
  const more = queue.length > QUEUE_SHOWN ? `<p>…and ${queue.length - QUEUE_SHOWN} more (<code>kb review --locale ${esc(code)}</code>).</p>` : '';
  return `<section id="${esc(code)}" aria-labelledby="${esc(code)}-title">
<h2 id="${esc(code)}-title">${esc(englishName)} (${esc(code)})</h2>
<table>
<thead><tr><th scope="col">Article</th><th scope="col">Approved</th><th scope="col">Reviewed</th><th scope="col">Translated</th><th scope="col">Machine</th><th scope="col">Outdated</th><th scope="col">Missing</th><th scope="col">Done</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3>Review queue (${queue.length})</h3>
${queue.length === 0 ? '<p>Nothing to review.</p>' : `<ol class="queue">\n${items.join('\n')}\n</ol>`}${more}
</section>`;
}

/** A stacked bar with the same figures as text, for screen readers and for printing. */
function bar(counts: StatusCounts): string {
  const total = Math.max(counts.total, 1);
  const parts = bands.map((b) => ({ ...b, n: b.count(counts) })).filter((b) => b.n > 0);
  const text = parts.map((b) => `${b.n} ${b.label}`).join(', ') || 'no segments';
  const spans = parts.map((b) => `<span class="band ${b.id}" style="width:${((100 * b.n) / total).toFixed(2)}%"></span>`).join('');
  return `<div class="bar" role="img" aria-label="${esc(text)}">${spans}</div><span class="figures">${esc(text)}</span>`;
}

function legend(): string {
  return `<ul class="legend">${bands.map((b) => `<li><span class="band ${b.id}"></span>${b.label}</li>`).join('')}</ul>`;
}

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:flex;height:1rem;min-width:12rem;background:#eef1f4;border-radius:3px;overflow:hidden}
.figures{font-size:.8rem;color:#4a5561}
.band{display:inline-block;height:1rem}
.legend{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
.legend .band{width:1rem;margin-right:.3rem;vertical-align:middle}
.approved{background:#1a7f37}.reviewed{background:#4ac26b}.translated{background:#8fd19e}
.machine{background:#0969da}.draft{background:#bf8700}.outdated{background:#cf222e}.missing{background:#afb8c1}
.state{font-size:.8rem;padding:0 .3rem;border:1px solid #afb8c1;border-radius:3px}
.queue{padding-left:1.5rem}
a{color:#0550ae}
`;
