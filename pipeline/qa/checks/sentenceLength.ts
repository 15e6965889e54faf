import { countWords } from '../../segment/countWords.ts';
import { splitSentences } from '../../segment/splitSentences.ts';
import type { QaContext, QaUnit, Report } from '../types.ts';
import type { QaCheck } from '../types.ts';
import { placeholdersOf } from './text.ts';

function checkLength(unit: QaUnit, text: string, context: QaContext, report: Report, who: string): void {
  const guide = context.toneGuides[unit.locale];
  if (!guide || guide.maxSentenceLength === 0) return;
  for (const sentence of splitSentences(text, unit.locale, placeholdersOf(unit.source, context))) {
    const length = countWords(sentence, unit.locale);
    if (length <= guide.maxSentenceLength) continue;
    const unitName = /^(ja|zh)/.test(unit.locale) ? 'characters' : 'words';
    report(unit, { message: `${who} sentence has ${length} ${unitName} (max ${guide.maxSentenceLength})`, hint: `split it; see ${guide.file}` });
  }
}

/** Sentences longer than the locale's tone guide allows. */
export const sentenceLength: QaCheck = {
  id: 'sentence-length',
  severity: 'warning',
  description: 'sentences longer than the tone guide allows (maxSentenceLength)',
  target: (unit, context, report) => checkLength(unit, unit.target, context, report, 'a'),
};

/** Writers: English sentences longer than the English tone guide allows. */
export const sourceSentenceLength: QaCheck = {
  id: 'source-sentence-length',
  severity: 'warning',
  description: 'source: sentences longer than the English tone guide allows',
  source: (unit, context, report) => checkLength(unit, unit.source, context, report, 'the source'),
};
