import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from '@sglkc/kuromoji';

/** A sentence of Japanese text that ends in plain form (だ, である, dictionary form) instead of です/ます. */
interface PlainEnding {
  /** The ending as written (`だ`, `である`, `なる`). */
  ending: string;
  /** The sentence it ends. */
  sentence: string;
}

export interface JapaneseAnalyser {
  plainEndings(text: string): PlainEnding[];
}

let loading: Promise<JapaneseAnalyser> | undefined;

/**
 * kuromoji with the IPADIC dictionary that ships inside the npm package (nothing is downloaded).
 * Building it reads 18 MB and takes most of a second, so it is built once, on first use.
 */
export function loadJapaneseAnalyser(): Promise<JapaneseAnalyser> {
  loading ??= new Promise((resolve, reject) => {
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve({ plainEndings: (text) => plainEndings(tokenizer, text) })));
  });
  return loading;
}

/** Sentence-final particles and marks that follow the predicate: ね, よ, か, quotes, brackets. */
function isTrailing(token: IpadicFeatures): boolean {
  return token.pos === '記号' || (token.pos === '助詞' && token.pos_detail_1 === '終助詞') || token.surface_form === 'か';
}

/** Polite forms: ます/です in any conjugation (ました, ません, ましょう, でした), ください. */
function isPolite(token: IpadicFeatures): boolean {
  return token.basic_form === 'ます' || token.basic_form === 'です' || token.basic_form === 'くださる' || token.basic_form === '下さる';
}

/**
 * Sentences closed by 。！？ whose predicate is plain. Only closed sentences count: titles, headings
 * and list items written as phrases (パスワードを再設定する) are not sentences. A sentence ending in a
 * noun (体言止め) is not plain form either.
 */
function plainEndings(tokenizer: Tokenizer<IpadicFeatures>, text: string): PlainEnding[] {
  const found: PlainEnding[] = [];
  // Quoted UI text 「…」 is the app's wording, not the sentence's predicate.
  const prose = text.replace(/「[^」]*」/g, (q) => '「' + 'ー'.repeat(Math.max(0, q.length - 2)) + '」');
  for (const match of prose.matchAll(/[^。！？!?]+[。！？!?]+(?:\{\/\d+\})?/g)) {
    // A sentence wholly in bold or a link ({1}電波が弱い{/1}。) is a label, which may be a phrase.
    if (/^\s*\{(\d+)\}[^{}]*\{\/\1\}[。！？!?]*\s*$|^\s*\{(\d+)\}[^{}]*\{\/\2\}\s*$/.test(match[0])) continue;
    const sentence = match[0].replace(/\{\/?\d+\}/g, '');
    const tokens = tokenizer.tokenize(sentence);
    let end = tokens.length - 1;
    while (end >= 0 && isTrailing(tokens[end]!)) end--;
    const last = tokens[end];
    if (!last) continue;
    const before = tokens[end - 1];
    // ましょう / でしょう / ません: the polite auxiliary sits just before the final う / ん.
    if ((last.surface_form === 'う' || last.surface_form === 'ん') && before && isPolite(before)) continue;
    if (isPolite(last)) continue;
    let ending: string | undefined;
    if (last.basic_form === 'だ' && last.conjugated_form === '基本形') ending = last.surface_form;
    else if (last.basic_form === 'ある' && before?.surface_form === 'で') ending = 'である';
    else if (last.basic_form === 'た') ending = before && !isPolite(before) ? before.surface_form + last.surface_form : undefined;
    else if ((last.pos === '動詞' || last.pos === '形容詞' || last.pos === '助動詞') && last.conjugated_form === '基本形') ending = last.surface_form;
    // The quotes were masked length for length: the original sentence is at the same offsets.
    if (ending) found.push({ ending, sentence: text.slice(match.index, match.index + match[0].length).replace(/\{\/?\d+\}/g, '').trim() });
  }
  return found;
}
