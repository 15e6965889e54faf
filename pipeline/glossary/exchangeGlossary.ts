import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError, fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../fs/writeFileAtomic.ts';
import { readGlossaryCsv, writeGlossaryCsv } from './glossaryCsv.ts';
import { mergeGlossary, type GlossaryMerge } from './glossaryExchange.ts';
import { glossaryFile, loadGlossary } from './loadGlossary.ts';
import { parseGlossary } from './parseGlossary.ts';
import { leadingComment, serializeGlossary } from './serializeGlossary.ts';
import { readTbx, writeTbx } from './tbx.ts';

export const glossaryFormats = ['tbx', 'csv'] as const;
export type GlossaryFormat = (typeof glossaryFormats)[number];

/** The format a file's extension names (`.tbx`, `.csv`), if any. */
export function formatOfFile(path: string): GlossaryFormat | undefined {
  const extension = path.toLowerCase().split('.').pop();
  return glossaryFormats.find((f) => f === extension);
}

export async function exportGlossary(root: string, config: KbConfig, format: GlossaryFormat): Promise<string> {
  const glossary = await loadGlossary(root);
  return format === 'tbx' ? writeTbx(glossary, config) : writeGlossaryCsv(glossary, config);
}

export interface GlossaryImport extends GlossaryMerge {
  warnings: Diagnostic[];
  skippedLanguages: Record<string, number>;
  /** Whether glossary/terms.yaml was (or, with dryRun, would be) rewritten. */
  changed: boolean;
}

/**
 * Merge a TBX or CSV file into `glossary/terms.yaml` (see `mergeGlossary`). Any error in the file
 * writes nothing; the result is validated against the glossary schema before it is written.
 */
export async function importGlossary(root: string, config: KbConfig, text: string, file: string, format: GlossaryFormat, options: { dryRun?: boolean } = {}): Promise<GlossaryImport> {
  const read = format === 'tbx' ? readTbx(text, file, config) : readGlossaryCsv(text, file, config);
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new UserError(errors);
  const current = await loadGlossary(root);
  const merge = mergeGlossary(current, read.terms);
  const changed = merge.added.length > 0 || merge.updated.length > 0;
  if (changed && !options.dryRun) {
    const existing = await readFile(join(root, glossaryFile), 'utf8').catch(() => '');
    const yaml = serializeGlossary(merge.glossary, leadingComment(existing));
    const check = parseGlossary(glossaryFile, yaml);
    if (!check.glossary) throw new UserError([fileDiagnostic(file, 'glossary/import-invalid', `the merged glossary would be invalid: ${check.diagnostics[0]?.message ?? ''}`, 'fix the imported file')]);
    await writeFileAtomic(join(root, glossaryFile), yaml);
  }
  return { ...merge, changed, warnings: read.diagnostics.filter((d) => d.severity === 'warning'), skippedLanguages: read.skippedLanguages };
}
