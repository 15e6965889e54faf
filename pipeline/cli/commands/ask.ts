import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/loadConfig.ts';
import { UserError, fileDiagnostic } from '../../diagnostics/diagnostic.ts';
import type { AskHit } from '../../bot/botRetriever.ts';
import { explanationText } from '../../bot/explanationText.ts';
import { loadRetriever } from '../../bot/loadRetriever.ts';
import { readBatch } from '../../bot/readBatch.ts';
import { resolveLocale } from '../../bot/resolveLocale.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

/** `kb ask`: answer questions from the bot feed, as the support bot would retrieve. */
export const ask: Command = {
  help: `Usage: kb ask "question" [--locale L] [--k 5] [--json | --explain] [--root DIR] [--dist DIR]
       kb ask --batch FILE.jsonl [--k 5] [--root DIR] [--dist DIR]

Searches the chunk feed kb bot wrote to dist/bot-index/ (run npm run build first). --locale is our
code or a BCP 47 tag (default: the source locale). Prints the best chunk of up to --k articles, or
nothing when no article answers well enough. A hit marked "original" is the source-language text of
an article the locale has no translation of. --json prints {"results":[{article_id, chunk_id, url,
score, content_locale, state, fallback, title, heading_path}]}. --explain also prints why: the best
section's score against the no-answer bar, the articles before the bar, and what each word searched.
--batch reads one {"id","locale","question"} per line and prints one {"id","results":[…]} per line.`,
  async run(args) {
    const { values, positionals } = parseFlags(args, { locale: { type: 'string' }, k: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' }, batch: { type: 'string' }, dist: { type: 'string' } }, true);
    const k = Number(values.k ?? 5);
    if (!Number.isInteger(k) || k < 1) throw argumentError(`--k must be a positive whole number, not "${values.k}"`);
    if (!values.batch && positionals.length !== 1) throw argumentError('give one question in quotes, or --batch FILE.jsonl');
    if (values.explain && (values.json || values.batch)) throw argumentError('--explain prints text for one question; leave out --json and --batch');
    if (!values.batch && positionals[0]?.trim() === '') throw argumentError('the question is empty; give the question in quotes');
    const root = path.resolve(values.root ?? '.');
    const config = await loadConfig(root);
    const localeOf = (input: string | undefined, file = 'command line', line = 1): string => {
      if (input === undefined) return config.sourceLocale;
      const locale = resolveLocale(config.locales, input);
      const hint = `use one of ${config.locales.map((l) => l.code).join(', ')} or their BCP 47 tags`;
      if (!locale) throw new UserError([{ file, line, column: 1, rule: 'locale/unknown', message: `unknown locale "${input}"`, hint, severity: 'error' }]);
      return locale.code;
    };
    const retriever = await loadRetriever(path.resolve(root, values.dist ?? 'dist'), config);
    if (values.batch) {
      const file = path.resolve(values.batch);
      const questions = readBatch(values.batch, await readFile(file, 'utf8').catch(() => {
        throw new UserError([fileDiagnostic(values.batch!, 'ask/no-batch-file', 'cannot read the batch file', 'give the path of a .jsonl file')]);
      }));
      const lines = questions.map((q) => JSON.stringify({ id: q.id, results: retriever.ask(q.question, localeOf(q.locale, values.batch, q.line), k).map(publicHit) }));
      process.stdout.write(lines.map((line) => `${line}\n`).join(''));
      return 0;
    }
    const locale = localeOf(values.locale);
    const hits = retriever.ask(positionals[0]!, locale, k);
    if (values.json) console.log(JSON.stringify({ results: hits.map(publicHit) }));
    else if (hits.length === 0) console.log('no good answer in the help center');
    else for (const [i, h] of hits.entries()) console.log(`${i + 1}. ${h.title}${h.heading_path.length ? ` › ${h.heading_path.join(' › ')}` : ''}${h.fallback ? ` (original, ${h.content_locale})` : ''}  ${h.score}\n   ${h.url}`);
    if (values.explain) console.log(`\n${explanationText(retriever.explain(positionals[0]!, locale), k).join('\n')}`);
    return 0;
  },
};

/** A hit without its text (the feed has it under chunk_id). */
function publicHit({ text: _text, ...hit }: AskHit): Omit<AskHit, 'text'> {
  return hit;
}
