import { loadConfig } from '../../pipeline/config/loadConfig.ts';
import { loadProject } from '../../pipeline/content/loadProject.ts';
import { loadQaProject, type QaContext } from '../../pipeline/qa/index.ts';

/** The QA context of the project at `root`, loaded as `kb check` loads it. */
export async function qaContextOf(root: string): Promise<QaContext> {
  const config = await loadConfig(root);
  return (await loadQaProject(await loadProject(root, config, { saveCache: false }))).context;
}
