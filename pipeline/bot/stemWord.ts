/**
 * Light suffix stripping per language, the same for indexed text and questions: plural and the
 * commonest inflections go (`calls`/`call`, `Anrufe`/`Anruf`, `notificações`/`notificaçõ…`), so a
 * question matches the article's wording without a dictionary. Deliberately conservative (a
 * minimum stem length), since a wrong conflation costs more than a missed one. Arabic is stemmed
 * like Larkey et al.'s light10 (see stemArabic).
 */
const suffixes: Record<string, readonly string[]> = {
  en: ['ational', 'ations', 'ation', 'ments', 'ingly', 'ings', 'ment', 'ness', 'ing', 'ies', 'ied', 'ers', 'ed', 'es', 'er', 'ly', 's'],
  de: ['ungen', 'ung', 'heit', 'keit', 'ern', 'en', 'er', 'em', 'es', 'e', 'n', 's'],
  fr: ['issements', 'issement', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'euses', 'euse', 'eurs', 'eur', 'ées', 'és', 'ée', 'es', 'er', 'ez', 'é', 'e', 's', 'x'],
  es: ['aciones', 'ación', 'amientos', 'amiento', 'mente', 'ciones', 'ción', 'ando', 'iendo', 'ados', 'idos', 'adas', 'idas', 'ado', 'ido', 'ada', 'ida', 'ar', 'er', 'ir', 'es', 'os', 'as', 'o', 'a', 'e', 's'],
  pt: ['ações', 'ação', 'amentos', 'amento', 'mente', 'ções', 'ção', 'ando', 'endo', 'indo', 'ados', 'idos', 'adas', 'idas', 'ado', 'ido', 'ada', 'ida', 'ar', 'er', 'ir', 'es', 'os', 'as', 'o', 'a', 'e', 's'],
};
// Accents are folded before stemming, so the lists are compared folded too.
const folded = Object.fromEntries(
  Object.entries(suffixes).map(([lang, list]) => [lang, list.map((s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')).sort((a, b) => b.length - a.length)]),
);
const minStem = 3;

/** The stem of a normalized word (see normalizeTerm) in a language given by its primary subtag. */
export function stemWord(word: string, language: string): string {
  if (language === 'ar') return stemArabic(word);
  const list = folded[language];
  if (!list || /\d/.test(word)) return word;
  let stem = word;
  for (const suffix of list) {
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  // English drops a final e before -es/-ed/-ing (message/messages, update/updating): drop it always.
  if (language === 'en' && stem.length > minStem && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}

/**
 * Pronoun suffixes, stripped first: a help center writes `حسابك` (your account) where a reader
 * asks about `حسابي` (my account). Then light10's plural and feminine suffixes (teh marbuta is
 * already folded to heh by normalizeTerm): `معلوماتك` → `معلومات` → `معلوم`.
 */
const arabicSuffixes = [
  ['كم', 'هم', 'ها', 'نا', 'ك', 'ه', 'ي'],
  ['ات', 'ون', 'ين', 'ان', 'يه', 'ه'],
];

/**
 * Light stemming of a normalized Arabic word (after Larkey, Ballesteros & Connell 2007, light10):
 * the article with a joined conjunction or preposition (`والرسائل` → `رسائل`), or a lone `و` (not
 * `ف`, which starts too many words: `فيديو`, `فتح`),
 * then one pronoun suffix and one plural or feminine suffix, always keeping three letters.
 */
function stemArabic(word: string): string {
  let stem = word.replace(/^(?:[وفبلك]?ال|لل|و)(?=\p{L}{3})/u, '');
  for (const group of arabicSuffixes) {
    const suffix = group.find((s) => stem.length - s.length >= 3 && stem.endsWith(s));
    if (suffix) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
