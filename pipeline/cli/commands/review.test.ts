import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createReviewProject, startReview } from '../../../test/helpers/reviewProject.ts';
import { articleFile, createTempProject, runKb, startKb } from '../../../test/helpers/tempProject.ts';
import { csrfHeader } from '../../review/requestGuard.ts';
import type { ReviewItem } from '../../review/reviewItems.ts';
import { escapeMarkup } from '../../text/escapeMarkup.ts';

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

  it('without --by reviews as the login name: the page says so and a save records it', async () => {
    const root = await createReviewProject();
    const login = userInfo().username;
    const { url, stop } = await startReview(['--root', root, '--port', '0']);
    try {
      const page = await (await fetch(url)).text();
      expect(page).toContain(`Reviewing as <strong>${escapeMarkup(login)}</strong>`);
      const headers = { [csrfHeader]: /<meta name="kb-csrf" content="([^"]+)">/.exec(page)?.[1] ?? '', origin: url.replace(/\/$/, ''), 'content-type': 'application/json' };
      const { items } = (await (await fetch(new URL('/api/queue?locale=de&state=', url), { headers })).json()) as { items: ReviewItem[] };
      const item = items.find((i) => i.article === 'account/reset-password' && i.key === 'title');
      if (!item) throw new Error('no queue item account/reset-password title');
      const saved = await fetch(new URL('/api/review', url), { method: 'POST', headers, body: JSON.stringify({ locale: 'de', article: item.article, key: item.key, version: item.version, action: 'approve' }) });
      expect(saved.status).toBe(200);
      const file = load(await readFile(join(root, 'content/translations/de/account/reset-password.yaml'), 'utf8')) as { segments: { key: string; by?: string; history?: { by: string }[] }[] };
      const entry = file.segments.find((e) => e.key === 'title');
      expect(entry?.by).toBe(login);
      expect(entry?.history?.at(-1)?.by).toBe(login);
    } finally {
      const run = await stop();
      expect(run.stdout).toContain(`reviewing as ${login} at ${url}`);
    }
  });
});
