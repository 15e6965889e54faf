import type { TmMatch } from '../tm/index.ts';

/** Leverage bands as translation vendors bill them. */
export const leverageBands = ['context', 'exact', 'fuzzy95', 'fuzzy85', 'fuzzy75', 'new'] as const;
export type LeverageBand = (typeof leverageBands)[number];

export interface BandCount {
  segments: number;
  words: number;
}

/** What a run found for one locale: work per band, plus segments that needed none. */
export interface LocaleLeverage {
  bands: Record<LeverageBand, BandCount>;
  /** Current translations: no work done. */
  unchanged: BandCount;
  /** Segments sent to the machine translation provider. */
  machineTranslated: BandCount;
}

/** The band a TM match (or its absence) falls in; fuzzy matches below 75 count as new. */
export function bandOf(match: TmMatch | undefined): LeverageBand {
  if (!match) return 'new';
  if (match.kind === 'context') return 'context';
  if (match.kind === 'exact') return 'exact';
  if (match.score >= 95) return 'fuzzy95';
  if (match.score >= 85) return 'fuzzy85';
  if (match.score >= 75) return 'fuzzy75';
  return 'new';
}

/** An empty report to count into. */
export function emptyLeverage(): LocaleLeverage {
  const zero = () => ({ segments: 0, words: 0 });
  return {
    bands: Object.fromEntries(leverageBands.map((b) => [b, zero()])) as Record<LeverageBand, BandCount>,
    unchanged: zero(),
    machineTranslated: zero(),
  };
}

/** Add one segment of `words` words to a count. */
export function count(into: BandCount, words: number): void {
  into.segments += 1;
  into.words += words;
}

const bandLabels: Record<LeverageBand, string> = {
  context: 'context 101%',
  exact: 'exact 100%',
  fuzzy95: 'fuzzy 95–99%',
  fuzzy85: 'fuzzy 85–94%',
  fuzzy75: 'fuzzy 75–84%',
  new: 'new',
};

/** A plain-text leverage table for one locale, aligned for a terminal. */
export function formatLeverage(locale: string, leverage: LocaleLeverage): string {
  const rows: [string, BandCount][] = [
    ...leverageBands.map((b) => [bandLabels[b], leverage.bands[b]] as [string, BandCount]),
    ['unchanged', leverage.unchanged],
  ];
  const totalWork = leverageBands.reduce((n, b) => n + leverage.bands[b].words, 0);
  const lines = [`${locale}`, `  ${'band'.padEnd(14)}${'segments'.padStart(10)}${'words'.padStart(10)}${'share'.padStart(8)}`];
  for (const [label, c] of rows) {
    const share = label === 'unchanged' || totalWork === 0 ? '' : `${Math.round((100 * c.words) / totalWork)}%`;
    lines.push(`  ${label.padEnd(14)}${String(c.segments).padStart(10)}${String(c.words).padStart(10)}${share.padStart(8)}`);
  }
  if (leverage.machineTranslated.segments > 0) {
    lines.push(`  machine-translated ${leverage.machineTranslated.segments} segments (${leverage.machineTranslated.words} words)`);
  }
  return lines.join('\n');
}
