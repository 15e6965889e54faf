import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startReview } from '../../../test/helpers/reviewProject.ts';
import { articleFile, createTempProject, runKb, startKb } from '../../../test/helpers/tempProject.ts';

const oneArticle = { 'content/en/calls/a.md': articleFile('calls', 'A', 'Text.\n') };

describe('kb review', () => {
  it('refuses a bad port or locale with one line and exit 1', async () => {
    const root = await createTempProject(oneArticle);
    const port = runKb('review', '--root', root, '--port', 'eighty');
    expect(port.status).toBe(1);
    expect(port.stderr).toMatch(/^kb review: --port eighty is not a port number/);
    const locale = runKb('review', '--root', root, '--locale', 'xx', '--port', '0');
    expect(locale.status).toBe(1);
    expect(locale.stderr.trim()).toMatch(/^command line:1:1 {2}locale\/unknown {2}unknown locale "xx"/);
  });

  it('says when the port is taken, without a stack trace', async () => {
    const root = await createTempProject(oneArticle);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const { done } = startKb(['review', '--root', root, '--port', String(port)]);
      const run = await done;
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`command line:1:1  review/port  port ${port} on 127.0.0.1 is in use (pass another --port, or --port 0 for any free one)`);
    } finally {
      taken.close();
    }
  });

  it('serves until interrupted, then exits 0', async () => {
    const root = await createTempProject(oneArticle);
    const { url, stop } = await startReview(['--root', root, '--port', '0', '--by', 'Rita']);
    expect((await fetch(url)).status).toBe(200);
    const run = await stop();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`reviewing as Rita at ${url}`);
  });
});
