import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { plural } from '../plural.ts';
import { loadProject } from '../../content/loadProject.ts';
import { parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const validate: Command = {
  help: `Usage: kb validate [--root DIR] [--json]

Prints every problem as  file:line:col  rule  message (hint)  and exits 1 on any error.`,
  async run(args) {
    const { values } = parseFlags(args, { json: { type: 'boolean' } });
    const project = await loadProject(values.root ?? process.cwd());
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    if (values.json) {
      console.log(JSON.stringify({ articles: project.articles.length, diagnostics: project.diagnostics }, null, 2));
    } else {
      for (const d of project.diagnostics) console.error(formatDiagnostic(d));
      console.log(`${plural(project.articles.length, 'article')} checked, ${plural(errors.length, 'error')}`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};
