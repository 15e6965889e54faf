import path from 'node:path';
import { loadConfig } from '../../config/loadConfig.ts';
import { siteContentDir } from '../../assemble/sitePaths.ts';
import { publishBotFiles } from '../../bot/publishBotFiles.ts';
import { readAssembledArticles } from '../../bot/readAssembledArticles.ts';
import { parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

/** `kb bot`: the support bot's feed, llms.txt files and Markdown twins (the last step of `npm run build`). */
export const bot: Command = {
  help: `Usage: kb bot [--root DIR] [--dist DIR]

Reads the articles kb assemble wrote to ${siteContentDir}/ and writes into --dist (default dist/):
  bot-index/<locale>.jsonl   chunks of every article copy (h2/h3 sections, ≤ 500 tokens)
  bot-index/manifest.json    locales, files, counts, sha256; chunk.schema.json the record's JSON Schema
  bot-index/changes.json     ids added / changed / removed since the previous kb bot (kept in .kb/bot-index/)
  <locale>/llms.txt, <locale>/llms-full.txt, llms.txt (source locale)
  <locale>/<category>/<slug>.md  the Markdown twin of each article page`,
  async run(args) {
    const { values } = parseFlags(args, { dist: { type: 'string' } });
    const root = path.resolve(values.root ?? '.');
    const config = await loadConfig(root);
    // Not awaited here: publishBotFiles starts its worker while the articles are read.
    const articles = readAssembledArticles(path.join(root, siteContentDir));
    const report = await publishBotFiles(articles, config, root, path.resolve(root, values.dist ?? 'dist'));
    const chunks = report.manifest.locales.reduce((n, l) => n + l.chunks, 0);
    const { added, changed, removed, hasPrevious } = report.changes;
    console.log(`bot: ${chunks} chunks in ${report.manifest.locales.length} locales, ${report.twins} Markdown twins, llms.txt per locale`);
    console.log(`bot: ${hasPrevious ? `${added.length} added, ${changed.length} changed, ${removed.length} removed since the previous feed` : 'first feed (no previous one to compare)'}`);
    return 0;
  },
};
