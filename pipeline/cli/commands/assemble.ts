import { requireValidProject } from '../../content/requireValidProject.ts';
import { assembleProject } from '../../assemble/assembleProject.ts';
import { loadDoNotTranslate, withLock } from '../../store/index.ts';
import { siteContentDir } from '../../assemble/sitePaths.ts';
import { writeSiteContent } from '../../assemble/writeSiteContent.ts';
import { parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const assemble: Command = {
  help: `Usage: kb assemble [--root DIR]

Validates the content, then writes ${siteContentDir}/<locale>/<category>/<slug>.md for every locale:
the translation from content/translations/<locale>/ where there is one (sentences whose
translation is outdated or missing show the source), else the source article as a fallback.
Refuses to write anything while kb validate reports an error. Holds the store lock
(content/translations/.lock) while it reads the store, like every command that writes it.`,
  async run(args) {
    const { values } = parseFlags(args, {});
    const root = values.root ?? process.cwd();
    const project = await requireValidProject(root);
    // The store lock: a translate or import run must not be halfway through its writes while we read.
    const localized = await withLock(root, async () => {
      const pages = await assembleProject(project, await loadDoNotTranslate(root), (m) => console.error(`warning: ${m}`));
      await writeSiteContent(root, pages);
      return pages;
    });
    const counts = new Map<string, number>();
    for (const { status } of localized) counts.set(status.kind, (counts.get(status.kind) ?? 0) + 1);
    console.log(`assembled ${localized.length} pages in ${project.config.locales.length} locales (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})`);
    return 0;
  },
};
