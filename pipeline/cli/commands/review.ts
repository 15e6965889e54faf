import { userInfo } from 'node:os';
import { ReviewWorkspace } from '../../review/ReviewWorkspace.ts';
import { startReviewServer } from '../../review/reviewServer.ts';
import { argumentError, parseFlags } from '../parseFlags.ts';
import type { Command } from './command.ts';

export const review: Command = {
  help: `Usage: kb review [--locale L]… [--port N] [--by NAME] [--root DIR]

Serves the review app at http://127.0.0.1:N/ (loopback only) until interrupted (Ctrl+C). Per
locale: the queue (filter by state, article, QA check), source and target side by side with
placeholders as chips, QA findings, glossary terms with their approved translations, the tone
guide, the source diff of fuzzy and outdated segments, and progress. Each save goes to the
translation store under its lock, recorded in the entry's history; a segment that changed since
the reviewer opened it is not overwritten (both versions are shown).

  --locale L   only this target locale; repeat for several (default: every target locale)
  --port N     port to listen on (default 4317; 0 picks a free one)
  --by NAME    the reviewer recorded as "by" (default: your login name)`,
  async run(args) {
    const { values } = parseFlags(args, { locale: { type: 'string', multiple: true }, port: { type: 'string' }, by: { type: 'string' } });
    const port = values.port === undefined ? 4317 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw argumentError(`--port ${values.port} is not a port number (0-65535)`);
    const reviewer = values.by?.trim() || userInfo().username;
    if (!reviewer) throw argumentError('--by needs a name');
    const workspace = await ReviewWorkspace.open(values.root ?? process.cwd());
    const running = await startReviewServer({ workspace, reviewer, locales: values.locale, port });
    console.log(`kb review: reviewing as ${reviewer} at ${running.url} (Ctrl+C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    return 0;
  },
};
