import { UserError } from '../../diagnostics/diagnostic.ts';
import { loadProject } from '../../content/loadProject.ts';
import { assembleLocale } from '../../assemble/assembleLocale.ts';
import { siteContentDir, writeSiteContent } from '../../assemble/writeSiteContent.ts';
import { parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const assemble: Command = {
  summary: 'write every locale\'s articles for the site (translated, or the source as fallback)',
  help: `Usage: kb assemble [--root DIR]

Validates the content, then writes ${siteContentDir}/<locale>/<category>/<slug>.md for every locale.
Refuses to write anything while kb validate reports an error.`,
  async run(args) {
    const { values } = parseFlags(args, {});
    const root = values.root ?? process.cwd();
    const project = await loadProject(root);
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new UserError(errors);
    const localized = project.config.locales.flatMap((locale) =>
      assembleLocale(project.articles, locale.code, project.config.sourceLocale, () => undefined),
    );
    await writeSiteContent(root, localized);
    const counts = new Map<string, number>();
    for (const a of localized) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
    console.log(`assembled ${localized.length} pages in ${project.config.locales.length} locales (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})`);
    return 0;
  },
};
