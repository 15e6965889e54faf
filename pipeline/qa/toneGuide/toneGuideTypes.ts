/** A locale's tone guide as the checks read it (`tone-guides/<locale>.md`, its YAML block). */

/** A pattern from the guide, compiled: case-insensitive, `\b` aware of every script's letters. */
export interface GuidePattern {
  pattern: RegExp;
  /** As written in the guide, for messages. */
  source: string;
  message?: string;
  hint?: string;
  /** Where the pattern is written, for findings about the guide itself. */
  line: number;
}

export interface ToneGuide {
  locale: string;
  file: string;
  register: 'formal' | 'informal' | 'default';
  /** Words of the wrong register (du, tu, vosotros, usted, 你): each use is an error. */
  registerMarkers: GuidePattern[];
  /** Japanese: find plain-form (だ/である, dictionary-form) sentence endings by morphological analysis. */
  plainFormEndings: boolean;
  /** Phrases never to use (regional vocabulary, banned wording): errors. */
  forbiddenPhrases: (GuidePattern & { useInstead?: string })[];
  /** Phrases to avoid in favour of another: warnings. */
  preferredPhrases: (GuidePattern & { prefer: string })[];
  /** Most words in a sentence (characters for languages written without spaces); 0 = no limit. */
  maxSentenceLength: number;
  /** `never`: no exclamation marks; `source`: no more than the source has; `allowed`. */
  exclamationMarks: 'never' | 'source' | 'allowed';
  /** Texts a translation may keep as in the source (product words, codes), beyond do-not-translate terms. */
  sameAsSource: string[];
  punctuation: {
    /** Marks that need a space (or narrow no-break space) before them: French `;:!?`. */
    spaceBefore: string;
    /** Full-width sentence punctuation (。、！？) instead of ASCII after CJK text. */
    fullWidth: boolean;
    /** Opening and closing quotation marks of the locale (`„“`), when straight or foreign quotes are wrong. */
    quotes?: { open: string; close: string };
  };
}
