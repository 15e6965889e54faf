import { foldArabic } from '../../../pipeline/bot/normalizeTerm.ts';

/**
 * Per-language stop words: words that carry no topic in a help-center question ("how do I …",
 * "warum kann ich …", "どうすればいいですか"). Pagefind requires every query word to match, so
 * leaving them in turns a natural question into zero results.
 *
 * Keyed by primary language subtag (`pt` serves `pt-BR`, `zh` serves `zh-CN`). Entries are
 * lower-case and written the way `normalizeQuery` leaves a token (NFKC, no diacritics folding:
 * `stopWordKey` folds both sides). Japanese and Chinese entries are the segments
 * `Intl.Segmenter` produces for questions, which is why inflection fragments such as `すれ`
 * and single particles appear.
 *
 * Negations (`not`, `nicht`, `不`) are listed: in a keyword index they match almost every page,
 * and the topic words around them ("messages not delivered") do the work.
 */
const lists: Record<string, string> = {
  en: `a about after again all am an and any are as at be because been before being but by can
    can't cannot could did didn't do does doesn't doing don't during each for from get gets
    getting got had has have having he her here hers him his how i i'm if in into is isn't it it's
    its just keep keeps kept me might more most my myself no nor not now of on once only or
    other our own please same she should so some still such than that the their them
    then there these they this those through to too until us very was wasn't we were
    what when where which while who whom why will with won't would you your yours
    dont doesnt didnt cant wont isnt wasnt im ive`,
  de: `ab aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bitte
    bleibt da damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser
    dir doch dort du durch ein eine einem einen einer eines er es etwas euch für gibt habe haben
    hat hatte hier ich ihm ihn ihnen ihr ihre im immer in ins ist ja jetzt kann kein keine können
    könnte man mehr mein meine meinem meinen meiner mich mir mit muss möchte nach nicht nichts noch
    nur ob oder ohne schon sehr sein seine sich sie sind so soll sollte über um und uns unser
    unter viel vom von vor wann war warum was weil wenn werde werden wie wieder wieso will wir
    wird wo wurde zu zum zur`,
  fr: `à au aucun aussi autre aux avec avoir ce cela ces cet cette comment dans de des donc dont
    du elle elles en encore est et être fait faire faut il ils je jamais la le les leur leurs
    lui ma mais me même mes moi mon ne ni non nos notre nous on ont ou où par pas peut peux plus
    pour pourquoi puis puisque quand que quel quelle quelles quels qui sa sans se ses si son sont
    sur ta te tes toi ton toujours tous tout très tu un une vos votre vous y`,
  es: `a al algo algún alguna ante aún cada como cómo con cual cuál cuando cuándo de del desde
    donde dónde el él ella en entre era es esa ese eso esta está estoy este esto estos hay la las
    le les lo los más me mi mis mucho muy nada ni no nos o otra otro para pero por porque por qué
    puede puedo qué que se sé sea si sí siempre sin sobre son su sus también te tengo tiene tu tú
    tus un una uno unos y ya yo`,
  pt: `a à ao aos as às com como da das de dela dele deles do dos e é ela ele eles em entre era
    essa esse esta está estou este eu isso isto já la lhe mais mas me meu meus minha minhas muito
    na nas não nem no nos nós o os ou para pela pelas pelo pelos por porque posso pode pra qual
    quando que quê se sem sempre seu seus sua suas também te tem tenho teu tu um uma umas uns você
    vocês vou`,
  ja: `いい いる いま から けど こと この これ した して しま します する すれ その それ たい
    できる でき です どう どうして どの どれ ない なぜ なに など なる ます ませ ません まし ました まで
    もの よう より られ 何 何度 度 私 方法 やり方 ください 場合 とき 時`,
  zh: `了 吗 呢 吧 啊 的 地 得 着 过 我 我的 你 你的 您 您的 他 她 它 我们 是 在 有 和 与 或 及 还是 怎么 怎样
    怎么样 如何 为什么 为何 什么 哪 哪里 哪个 能 能够 可以 会 要 想 请 一下 这 那 这个 那个 个 把 被 给
    让 都 也 还 就 又 很 不 没 没有 到 从 对 用 时 时候 办 怎么办 该 应该 一直 总是 老是`,
  ar: `أن أنا أو أي إذا إلى إن التي الذي ثم حتى عن على عند في قد كان كل كيف لا لم لماذا لن لي
    ما ماذا متى مع من منذ هذا هذه هل هو هي و أين يمكن يمكنني أستطيع لدي ذلك بعد قبل
    أنت أنتم نحن هم تلك هؤلاء الذين لكن بل لو لأن كي لكي سوف لقد أيضا فقط جدا هنا هناك الآن
    ليس لست عندي عندك لديك لك له لها به بها معي معك أريد نريد تريد أود أحتاج يجب كنت كانت يكون
    تستطيع يمكنك
    اللي إللي مش مو مب ماني عشان علشان منشان مشان بس يعني طيب شو ايش إيش وش ليش ليه وين فين
    إزاي ازاي شلون قديش أديش امتى إمتى هيك كده كدا كذا هاد هاي ده دي دا دول أبي ابي أبغى ابغى
    أبغا ابغا تبي يبي نبي بدي بدك بدنا بدو عايز عاوز عايزة عاوزة حابب ممكن ينفع يصير أقدر اقدر
    تقدر يقدر نقدر لازم شوي شوية الحين هلق هلأ لسه لسا عم رح راح حقي حقك بتاعي تبعي برضه
    فيه فيها عليه عليها علينا عليك منه منها منا معه معها معنا عنه عنها لنا لكم لهم بي بك بنا بهم
    نفس أحد آخر أخرى مرة غير ولا ولم ولن وما أما إما كما مثل حيث بين عبر لدى لديه`,
};

/**
 * Every single hiragana: the segmenter leaves particles and inflection endings (を, す, ば, た)
 * as one-character words, and a one-kana word never names a topic.
 */
const singleHiragana = Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, i) => String.fromCodePoint(0x3041 + i)).join(' ');

const sets = new Map<string, ReadonlySet<string>>(
  Object.entries({ ...lists, ja: `${lists.ja} ${singleHiragana}` }).map(([lang, words]) => [
    lang,
    new Set(words.trim().split(/\s+/).map(stopWordKey)),
  ]),
);

const empty: ReadonlySet<string> = new Set();

/**
 * Fold a token the way stop-word lists are compared: lower case, no diacritics (Arabic harakat,
 * accents), Arabic spelling variants as the tokenizer folds them (على and علي are one word).
 */
export function stopWordKey(token: string): string {
  // Keep the kana voicing marks: stripping them would turn で into て.
  return foldArabic(token.toLowerCase().normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '').normalize('NFC'));
}

/** Primary language subtag of a BCP 47 tag or locale code: `pt-BR` → `pt`, `zh-cn` → `zh`. */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/** The stop words of a language (empty set for a language without a list). */
export function stopWordsFor(lang: string): ReadonlySet<string> {
  return sets.get(primaryLanguage(lang)) ?? empty;
}

/** True when the token is a stop word of the language. */
export function isStopWord(token: string, lang: string): boolean {
  return stopWordsFor(lang).has(stopWordKey(token));
}
