import type { Explanation } from './botRetriever.ts';

/**
 * `kb ask --explain` as lines of text: whether the best section reaches the no-answer bar, the
 * first `k` articles before the bar, and what each word of the question searched. For a writer
 * asking why the bot answers nothing, or the wrong article.
 */
export function explanationText({ ranked, weight, bar, terms }: Explanation, k: number): string[] {
  if (terms.length === 0) return ['Why: the question has only stop words; nothing to search.'];
  const top = ranked[0];
  const lines = [
    top
      ? `Why: the best section scores ${top.chunkScore.toFixed(2)}, ${top.chunkScore < bar ? 'under' : 'over'} the bar of ${bar.toFixed(2)} (the bar grows with the question's weight, ${weight.toFixed(1)}: the idf of its words).`
      : 'Why: no page matches any word of the question.',
  ];
  if (top) lines.push('Articles before the bar (article score, best section score):', ...ranked.slice(0, k).map((a, i) => `  ${i + 1}. ${a.article_id}  ${a.score.toFixed(2)}, ${a.chunkScore.toFixed(2)}`));
  lines.push('Words of the question (weight in the bar → indexed terms searched):');
  for (const { term, weight: part, searched } of terms) {
    const what = searched.length ? searched.map(([t, w]) => `${t} ${w.toFixed(2)}`).join(', ') : 'nothing: no page and no vocabulary has it';
    lines.push(`  ${term}  ${part.toFixed(2)} → ${what}`);
  }
  return lines;
}
