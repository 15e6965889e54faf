import { UserError } from '../diagnostics/diagnostic.ts';
import { loadProject, type LoadOptions, type Project } from './loadProject.ts';

/** Load the project and refuse to go on while `kb validate` would report an error. */
export async function requireValidProject(root: string, options?: LoadOptions): Promise<Project> {
  const project = await loadProject(root, undefined, options);
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new UserError(errors);
  return project;
}
