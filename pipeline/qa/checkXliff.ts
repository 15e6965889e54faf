import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { KbConfig } from '../config/defineConfig.ts';
import { UserError, fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { readXliff } from '../xliff/index.ts';
import { checkUnits } from './checkUnits.ts';
import type { Finding, QaContext } from './types.ts';

/** Languages match by BCP 47 primary language and region/script as far as both name them (de-DE is de, pt-PT is not pt-BR). */
function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().split('-'), b.toLowerCase().split('-')];
  return x[0] === y[0] && (x.length < 2 || y.length < 2 || x[1] === y[1]);
}

/**
 * QA of an XLIFF 2.x (or 1.2) file from a CAT tool, as a translation into `locale`: every unit
 * with its id as in the file, located at its `<unit>` line. A file in another target language, or
 * one readXliff refuses, is a UserError.
 */
export async function checkXliff(root: string, path: string, locale: string, config: KbConfig, context: QaContext): Promise<Finding[]> {
  const file = relative(root, resolve(root, path)).split('\\').join('/');
  let xml;
  try {
    xml = await readFile(resolve(root, path), 'utf8');
  } catch {
    throw new UserError([fileDiagnostic(file, 'check/no-file', `cannot read ${file}`, 'pass the path of an XLIFF file')]);
  }
  const document = readXliff(xml, file);
  const tag = config.locales.find((l) => l.code === locale)?.tag ?? locale;
  if (!sameLanguage(document.trgLang, tag)) {
    throw new UserError([fileDiagnostic(file, 'check/xliff-language', `the file translates into ${document.trgLang || 'no language'}, not ${tag} (--locale ${locale})`, 'pass the --locale the file is for')]);
  }
  const units = document.units.map((u) => ({ id: u.id, locale, source: u.source, ...(u.target === undefined ? {} : { target: u.target }), file, line: u.line, column: u.column }));
  return checkUnits(units, context);
}
