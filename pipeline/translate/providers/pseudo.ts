import type { TranslationProvider } from './provider.ts';

const accented: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

// Placeholders and doubled braces pass through untouched; everything else is prose.
const protectedRun = /\{\/?\d+\/?\}|\{\{|\}\}/g;

/**
 * Pseudo-localize a segment: accented letters, ~30 % longer (vowels doubled), wrapped in brackets.
 * Shows untranslated strings and layouts that break under expansion, with no service at all.
 */
export function pseudoLocalize(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(protectedRun)) {
    out += stretch(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  out += stretch(text.slice(last));
  return `[${out}]`;
}

function stretch(prose: string): string {
  let out = '';
  for (const ch of prose) {
    const mapped = accented[ch] ?? ch;
    // Doubling vowels adds roughly 30 % to English text, like a German or French translation.
    out += /[aeiouAEIOU]/.test(ch) ? mapped + mapped : mapped;
  }
  return out;
}

/** The offline provider: pseudo-localization, for demos and layout tests. Free, so it bills nothing. */
export const pseudoProvider: TranslationProvider = {
  name: 'pseudo',
  plan: (segments, queue) => [{ indices: [...queue], texts: queue.map((i) => segments[i]?.text ?? ''), characters: queue.map(() => 0) }],
  async translate(batch) {
    return { texts: batch.texts.map((text) => ({ target: pseudoLocalize(text) })), billedCharacters: 0 };
  },
};
