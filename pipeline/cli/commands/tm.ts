import { readFile } from 'node:fs/promises';
import { plural } from '../plural.ts';
import { relative, resolve } from 'node:path';
import { requireValidProject } from '../../content/requireValidProject.ts';
import { TranslationStore, isTranslatable, loadDoNotTranslate, requireTargetLocale, sourceSegments } from '../../store/index.ts';
import { exportTmx } from '../../tmx/exportTmx.ts';
import { importTmx } from '../../tmx/importTmx.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import { writeOutputFile } from '../writeOutputFile.ts';
import type { Command } from './command.ts';

export const tm: Command = {
  help: `Usage: kb tm import FILE [--locale L]… [--root DIR]
       kb tm export --locale L --out FILE [--root DIR]

import  reads a TMX file (from OmegaT, Trados, memoQ, Crowdin, another Polyglot KB …) into
        content/translations/<locale>/memory.yaml for every target language it holds that the
        project configures, languages matched by BCP 47 (de-DE counts as de, a header's en takes
        en-US as the source; pt-PT is not pt-BR). kb translate then offers its units as exact and
        fuzzy matches. Units left out (no source variant, an empty target, a target that does not
        keep the source's placeholders, a language no locale matches) are counted per reason on
        stderr. A malformed file, or one with nothing to import, writes nothing.
export  writes every translation of one locale, with state and origin, placeholders as
        <bpt>/<ept>/<ph> holding the original Markdown.`,
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'import') return runImport(rest);
    if (action === 'export') return runExport(rest);
    throw argumentError(action ? `unknown action "${action}"; use import or export` : 'say import or export');
  },
};

async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { locale: { type: 'string', multiple: true } }, true);
  if (positionals.length !== 1) throw argumentError('pass exactly one TMX file');
  const root = values.root ?? process.cwd();
  const project = await requireValidProject(root);
  const locales = values.locale?.map((code) => requireTargetLocale(project.config, code));
  const path = resolve(root, positionals[0] as string);
  const store = TranslationStore.open(root, project.config, { onWarning: (m) => console.error(`warning: ${m}`) });
  const result = await store.withLock(() => importTmx(project.config, store, path, relative(root, path) || path, { locales }));
  for (const [code, count] of Object.entries(result.units)) console.log(`${code}: imported ${plural(count, 'unit')} into memory.yaml`);
  for (const [lang, count] of Object.entries(result.skippedLanguages)) console.error(`warning: tmx/unknown-language  ${plural(count, 'unit')} in ${lang} skipped: no configured locale matches`);
  for (const [rule, { count, reason }] of Object.entries(result.skipped)) console.error(`warning: ${rule}  ${plural(count, 'unit')} skipped: ${reason}`);
  return 0;
}

async function runExport(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { locale: { type: 'string' }, out: { type: 'string' } });
  if (!values.locale) throw argumentError('--locale is required');
  if (!values.out) throw argumentError('--out is required');
  const root = values.root ?? process.cwd();
  const project = await requireValidProject(root);
  const locale = requireTargetLocale(project.config, values.locale);
  const doNotTranslate = await loadDoNotTranslate(root);
  const segments = new Map(project.articles.filter(isTranslatable).map((a) => [a.id, sourceSegments(a, project.config.sourceLocale, doNotTranslate)]));
  const version = (JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const { xml, units } = await exportTmx(project.config, TranslationStore.open(root, project.config), locale, segments, version);
  console.log(`${locale}: exported ${plural(units, 'unit')} to ${await writeOutputFile(root, values.out, xml)}`);
  return 0;
}
