import { UserError } from '../diagnostics/diagnostic.ts';
import { loadProject, type Project } from './loadProject.ts';

/** Load the project and refuse to go on while `kb validate` would report an error. */
export async function requireValidProject(root: string): Promise<Project> {
  const project = await loadProject(root);
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new UserError(errors);
  return project;
}
