/** Every QA check, in the order findings are listed. Adding a check is one module and one line here. */
import type { QaCheck } from '../types.ts';
import { brackets } from './brackets.ts';
import { doNotTranslate } from './doNotTranslate.ts';
import { doubledWord } from './doubledWord.ts';
import { doubleSpace } from './doubleSpace.ts';
import { empty } from './empty.ts';
import { endPunctuation } from './endPunctuation.ts';
import { glossaryForbidden, glossaryTerms, sourceTerms } from './glossaryTerms.ts';
import { inconsistent } from './inconsistent.ts';
import { inlineCode } from './inlineCode.ts';
import { lengthRatio } from './lengthRatio.ts';
import { links } from './links.ts';
import { localePunctuation } from './localePunctuation.ts';
import { markdownSyntax } from './markdownSyntax.ts';
import { numbers } from './numbers.ts';
import { placeholders } from './placeholders.ts';
import { exclamation, register, tonePhrases } from './register.ts';
import { sameAsSource } from './sameAsSource.ts';
import { sentenceLength, sourceSentenceLength } from './sentenceLength.ts';
import { unsafeMarkup } from './unsafeMarkup.ts';
import { whitespace } from './whitespace.ts';

export const qaChecks: readonly QaCheck[] = [
  empty,
  placeholders,
  unsafeMarkup,
  markdownSyntax,
  links,
  inlineCode,
  numbers,
  doNotTranslate,
  glossaryTerms,
  glossaryForbidden,
  register,
  tonePhrases,
  sameAsSource,
  inconsistent,
  lengthRatio,
  whitespace,
  doubleSpace,
  doubledWord,
  endPunctuation,
  brackets,
  localePunctuation,
  exclamation,
  sentenceLength,
  sourceTerms,
  sourceSentenceLength,
];
