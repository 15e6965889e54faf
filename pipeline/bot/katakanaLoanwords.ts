/**
 * Consonant skeletons that let a loanword written in katakana meet the English word it comes from
 * (パスワード and password: p s d; グループ and group: g r p), so a Japanese question finds an
 * article shown in English. Vowels, which katakana adds after every consonant, are dropped but for
 * a leading one (アカウント is account, not count); consonants fall into the classes katakana does
 * not tell apart (l and r, v and b, z and s, the soft g of message and ジ).
 */

/** The consonant of each katakana; a vowel, a small kana or a lengthening mark is ''. */
const katakanaConsonants = new Map<string, string>();
const rows: [string, string][] = [
  ['アイウエオァィゥェォヤユヨャュョワヰヱヲヮーッ', ''],
  ['カキクケコヵヶ', 'k'], ['ガギグゲゴ', 'g'], ['サスセソシザズゼゾ', 's'], ['ジヂ', 'g'], ['タテトツ', 't'], ['チ', 's'],
  ['ダヅデド', 'd'], ['ナニヌネノン', 'n'], ['ハヒヘホ', ''], ['フ', 'f'], ['バビブベボヴ', 'b'], ['パピプペポ', 'p'],
  ['マミムメモ', 'm'], ['ラリルレロ', 'r'],
];
for (const [letters, consonant] of rows) for (const letter of letters) katakanaConsonants.set(letter, consonant);

const leadingVowel = 'V';

/** The skeleton of a word written in katakana, or undefined when it holds anything else. */
export function katakanaSkeleton(word: string): string | undefined {
  let skeleton = '';
  for (const letter of word) {
    const consonant = katakanaConsonants.get(letter);
    if (consonant === undefined) return undefined;
    if (skeleton === '' && consonant === '' && /[アイウエオ]/.test(letter)) skeleton = leadingVowel;
    else if (consonant && !skeleton.endsWith(consonant)) skeleton += consonant;
  }
  return skeleton;
}

/**
 * The skeleton of an English index term (lower case, stemmed) as katakana would write it: an r
 * that ends a syllable is not written (password → パスワード), th, sh and ch become s-sounds.
 */
export function englishSkeleton(term: string): string | undefined {
  if (!/^[a-z]+$/.test(term)) return undefined;
  const w = term
    .replace(/ph/g, 'f').replace(/th|sh|ch/g, 's').replace(/ck|qu|q/g, 'k').replace(/x/g, 'ks')
    .replace(/c/g, 'k').replace(/z/g, 's').replace(/j/g, 'g').replace(/l/g, 'r').replace(/v/g, 'b')
    .replace(/r(?![aeiouy])/g, '');
  let skeleton = /^[aeiou]/.test(w) ? leadingVowel : '';
  for (const letter of w.replace(/[aeiouyhw]/g, '')) if (!skeleton.endsWith(letter)) skeleton += letter;
  return skeleton;
}
