import { UserError, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface BatchQuestion {
  id: string;
  /** As written: our code or a BCP 47 tag; absent means the source locale. */
  locale?: string;
  question: string;
  line: number;
}

/** Parse a JSON Lines batch of `{"id","locale","question"}`; every bad line is reported with its position. */
export function readBatch(file: string, text: string): BatchQuestion[] {
  const questions: BatchQuestion[] = [];
  const problems: Diagnostic[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const problem = (message: string, hint: string) => problems.push({ file, line: i + 1, column: 1, rule: 'ask/batch-line', message, hint, severity: 'error' });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problem('not a JSON object', 'write one {"id","locale","question"} object per line');
      return;
    }
    const { id, locale, question } = (value ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') problem('"id" is missing', 'give each question an id (string or number)');
    else if (typeof question !== 'string' || question.trim() === '') problem('"question" is missing or empty', 'add the question text');
    else if (locale !== undefined && typeof locale !== 'string') problem('"locale" must be a string', 'use a BCP 47 tag such as "fr" or "zh-CN"');
    else questions.push({ id: String(id), locale, question, line: i + 1 });
  });
  if (problems.length) throw new UserError(problems);
  return questions;
}
