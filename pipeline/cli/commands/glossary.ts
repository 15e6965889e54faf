import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/loadConfig.ts';
import { UserError, fileDiagnostic, formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { writeOutputFile } from '../writeOutputFile.ts';
import { exportGlossary, formatOfFile, glossaryFormats, importGlossary, type GlossaryFormat } from '../../glossary/exchangeGlossary.ts';
import { plural } from '../plural.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const glossary: Command = {
  help: `Usage: kb glossary import FILE [--format tbx|csv] [--dry-run] [--root DIR]
       kb glossary export --format tbx|csv [--out FILE] [--root DIR]

import  merges a TBX-Basic file (martif or TBX v3, from Crowdin, Weblate, memoQ, MultiTerm …) or a
        CSV into glossary/terms.yaml. Languages map to configured locales by BCP 47 (de-DE → de,
        es-419 → es, pt-BR → pt-br); others are skipped with a count. For every term it holds, the
        file's part of speech, status, note and each locale's translations replace the glossary's;
        everything else stays. Any error writes nothing. --dry-run says what would change.
export  prints (or writes to --out) the whole glossary. CSV columns: term, pos, status,
        case_sensitive, use_instead, note, locale, translation, translation_status,
        translation_note — one row per translation.`,
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'import') return runImport(rest);
    if (action === 'export') return runExport(rest);
    throw argumentError(action ? `unknown action "${action}"; use import or export` : 'say import or export');
  },
};

function requireFormat(value: string | undefined, file?: string): GlossaryFormat {
  const format = value ?? (file ? formatOfFile(file) : undefined);
  if (!format) throw argumentError(file ? `cannot tell the format of ${file}; pass --format tbx or --format csv` : '--format tbx or --format csv is required');
  if (!(glossaryFormats as readonly string[]).includes(format)) throw argumentError(`--format must be tbx or csv, not "${format}"`);
  return format as GlossaryFormat;
}

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: 'string' }, 'dry-run': { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw argumentError('pass exactly one TBX or CSV file');
  const root = values.root ?? process.cwd();
  const config = await loadConfig(root);
  const shown = positionals[0] as string;
  const path = resolve(root, shown);
  const format = requireFormat(values.format, shown);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError([fileDiagnostic(shown, 'glossary/unreadable', error.code === 'EISDIR' ? 'is a folder, not a file' : error.code === 'ENOENT' ? 'no such file' : `cannot read it (${error.code ?? error.message})`, 'pass the path of a .tbx or .csv file')]);
  });
  const result = await importGlossary(root, config, text, shown, format, { dryRun: values['dry-run'] });
  for (const warning of result.warnings) console.error(formatDiagnostic(warning));
  for (const [lang, count] of Object.entries(result.skippedLanguages)) console.error(`warning: glossary/unknown-language  ${plural(count, 'term')} in ${lang} skipped: no configured locale matches`);
  const verb = values['dry-run'] ? 'would add' : 'added';
  console.log(`glossary/terms.yaml: ${verb} ${plural(result.added.length, 'term')}, ${values['dry-run'] ? 'would update' : 'updated'} ${result.updated.length}, ${result.unchanged} unchanged`);
  for (const term of result.added) console.log(`  + ${term}`);
  for (const term of result.updated) console.log(`  ~ ${term}`);
  return 0;
}

async function runExport(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { format: { type: 'string' }, out: { type: 'string' } });
  const root = values.root ?? process.cwd();
  const format = requireFormat(values.format, values.out);
  const config = await loadConfig(root);
  const text = await exportGlossary(root, config, format);
  if (!values.out) {
    process.stdout.write(text);
    return 0;
  }
  console.log(`glossary: exported to ${await writeOutputFile(root, values.out, text)}`);
  return 0;
}
