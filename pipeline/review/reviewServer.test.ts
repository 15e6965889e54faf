import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { changedSentence, createReviewProject } from '../../test/helpers/reviewProject.ts';
import { csrfHeader } from './requestGuard.ts';
import type { ReviewItem } from './reviewItems.ts';
import { startReviewServer, type RunningReviewServer } from './reviewServer.ts';
import { ReviewWorkspace, type ReviewQueue } from './ReviewWorkspace.ts';

let root: string;
let app: RunningReviewServer;
const reviewer = 'Rita Reviewer';
const storeFile = (article: string) => join(root, 'content/translations/de', `${article}.yaml`);

beforeAll(async () => {
  root = await createReviewProject();
  app = await startReviewServer({ workspace: await ReviewWorkspace.open(root), reviewer, port: 0 });
}, 60_000);

afterAll(async () => {
  await app?.close();
});

/** A request as the app's own page sends it. */
function api(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { [csrfHeader]: app.token, origin: app.url.replace(/\/$/, ''), 'sec-fetch-site': 'same-origin' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(new URL(path, app.url), { method: init.method ?? 'GET', headers: { ...headers, ...init.headers }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function queue(filter = ''): Promise<ReviewQueue> {
  const response = await api(`/api/queue?locale=de${filter}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ReviewQueue;
}

async function itemAt(article: string, key: string): Promise<ReviewItem> {
  const item = (await queue('&state=')).items.find((i) => i.article === article && i.key === key);
  if (!item) throw new Error(`no queue item ${article} ${key}`);
  return item;
}

async function storedEntry(article: string, key: string) {
  const file = load(await readFile(storeFile(article), 'utf8')) as { segments: { key: string; state: string; target?: string; by?: string; history?: { action: string; by: string }[] }[] };
  return file.segments.find((s) => s.key === key);
}

describe('kb review server', () => {
  it('listens on 127.0.0.1 only and serves the page with its CSRF token and a strict CSP', async () => {
    expect(app.server.address()).toMatchObject({ address: '127.0.0.1' });
    const response = await fetch(app.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain(`<meta name="kb-csrf" content="${app.token}">`);
  });

  it('queues what needs review per locale, with outdated segments diffed against their old source', async () => {
    const needing = await queue();
    expect(needing.items.every((i) => i.needsReview)).toBe(true);
    expect(needing.items.filter((i) => i.article === 'calls/dropped-calls')).toHaveLength(8);
    expect(needing.progress).toMatchObject({ total: 14, machine: 8, translated: 6, outdated: 1, needsReview: 9 });

    const outdated = await queue('&state=outdated');
    expect(outdated.items.map((i) => i.key)).toEqual(['b1.s1']);
    const [item] = outdated.items;
    expect(item?.source).toBe(changedSentence.after);
    expect(item?.sourceDiff?.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['6-digit']);

    const byArticle = await queue('&state=&article=account/reset-password');
    expect(byArticle.items).toHaveLength(6);
    expect(byArticle.articles).toEqual(['account/reset-password', 'calls/dropped-calls']);
  });

  it('marks glossary terms in the source with their approved translation, and placeholders as tokens', async () => {
    const item = await itemAt('account/reset-password', 'b0.s0');
    expect(item.sourceParts).toContainEqual({ type: 'text', text: 'account', term: 'Konto' });
    expect(item.placeholders.map((p) => p.token)).toEqual(['{1}']);
  });

  it('approves a segment: the store records the state, the reviewer and a history entry', async () => {
    const item = await itemAt('account/reset-password', 'title');
    const response = await api('/api/review', { method: 'POST', body: { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'approve' } });
    expect(response.status).toBe(200);
    const stored = await storedEntry('account/reset-password', 'title');
    expect(stored).toMatchObject({ state: 'approved', by: reviewer, target: 'Passwort zurücksetzen' });
    expect(stored?.history?.at(-1)).toMatchObject({ action: 'approve', by: reviewer });
  });

  it('saves an edit as a human translation still to be signed off', async () => {
    const item = await itemAt('calls/dropped-calls', 'b5.s0');
    const target = 'Öffnen Sie {1}Einstellungen{/1} und aktivieren Sie {2}Datensparmodus{/2}.';
    const response = await api('/api/review', { method: 'POST', body: { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'edit', target } });
    expect(response.status).toBe(200);
    expect(await storedEntry('calls/dropped-calls', 'b5.s0')).toMatchObject({ target, state: 'translated', by: reviewer });
  });

  it('marks a segment reviewed, and a rejection sends one back for rework keeping its text', async () => {
    const reviewed = await itemAt('calls/dropped-calls', 'title');
    expect((await api('/api/review', { method: 'POST', body: { locale: 'de', article: reviewed.article, key: reviewed.key, version: reviewed.version, action: 'review' } })).status).toBe(200);
    expect(await storedEntry('calls/dropped-calls', 'title')).toMatchObject({ state: 'reviewed', by: reviewer });
    const rejected = await itemAt('calls/dropped-calls', 'description');
    expect((await api('/api/review', { method: 'POST', body: { locale: 'de', article: rejected.article, key: rejected.key, version: rejected.version, action: 'reject', target: 'ignored' } })).status).toBe(200);
    const stored = await storedEntry('calls/dropped-calls', 'description');
    expect(stored).toMatchObject({ state: 'fuzzy', by: reviewer, target: rejected.target });
    expect(stored?.history?.at(-1)).toMatchObject({ action: 'reject', state: 'fuzzy' });
  });

  it('shows what the QA checks find: a saved edit in the informal register gets the tone guide’s finding, filterable by check', async () => {
    const item = await itemAt('account/reset-password', 'b0.s0');
    const target = (item.target as string).replace('Ihr Konto', 'dein Konto, wenn du es gut wählst');
    const response = await api('/api/review', { method: 'POST', body: { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'edit', target } });
    expect(response.status).toBe(200);
    const saved = ((await response.json()) as { item: ReviewItem }).item;
    expect(saved.findings).toContainEqual(expect.objectContaining({ check: 'register', message: expect.stringContaining('informal "du"') }));
    const byCheck = await queue('&state=&check=register');
    expect(byCheck.checks).toContain('register');
    expect(byCheck.items.map((i) => `${i.article} ${i.key}`)).toContain('account/reset-password b0.s0');
  });

  it('refuses a target that breaks a placeholder (422) and writes nothing', async () => {
    const before = await readFile(storeFile('calls/dropped-calls'), 'utf8');
    const item = await itemAt('calls/dropped-calls', 'b5.s0');
    const response = await api('/api/review', { method: 'POST', body: { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'approve', target: 'Öffnen Sie {1}Einstellungen und {2}Datensparmodus{/2}.' } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { problems: { id?: number }[] }).problems).toContainEqual(expect.objectContaining({ id: 1, code: 'unclosed' }));
    expect(await readFile(storeFile('calls/dropped-calls'), 'utf8')).toBe(before);
  });

  it('refuses to overwrite a segment changed since the reviewer opened it (409), returning both versions', async () => {
    const opened = await itemAt('calls/dropped-calls', 'b3.s0');
    const first = await api('/api/review', { method: 'POST', body: { locale: 'de', article: opened.article, key: opened.key, version: opened.version, action: 'edit', target: 'Das Netz ist schwach oder ausgelastet.' } });
    expect(first.status).toBe(200);
    const before = await readFile(storeFile('calls/dropped-calls'), 'utf8');
    const stale = await api('/api/review', { method: 'POST', body: { locale: 'de', article: opened.article, key: opened.key, version: opened.version, action: 'approve', target: 'Das Netzwerk ist schwach.' } });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { current: ReviewItem; yours: { target: string } };
    expect(body.current.target).toBe('Das Netz ist schwach oder ausgelastet.');
    expect(body.yours.target).toBe('Das Netzwerk ist schwach.');
    expect(await readFile(storeFile('calls/dropped-calls'), 'utf8')).toBe(before);
  });

  it('refuses a save over a sentence the writer changed since it was opened', async () => {
    const opened = await itemAt('account/reset-password', 'b2.s0');
    const article = join(root, 'content/en/account/reset-password.md');
    await writeFile(article, (await readFile(article, 'utf8')).replace('if you use the command line', 'if you work in a terminal'));
    const response = await api('/api/review', { method: 'POST', body: { locale: 'de', article: opened.article, key: opened.key, version: opened.version, action: 'approve' } });
    expect(response.status).toBe(409);
    const { current } = (await response.json()) as { current: ReviewItem };
    expect(current).toMatchObject({ outdated: true, source: 'Run {1} if you work in a terminal.' });
    expect(await storedEntry('account/reset-password', 'b2.s0')).toMatchObject({ state: 'translated' });
  });

  it('answers 423 while another process holds the store lock, naming it and writing nothing; the same save goes through once it is released', async () => {
    const item = await itemAt('account/reset-password', 'description');
    const before = await readFile(storeFile('account/reset-password'), 'utf8');
    const save = () => api('/api/review', { method: 'POST', body: { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'approve' } });
    const holder = await holdStoreLock(root);
    try {
      const response = await save();
      expect(response.status).toBe(423);
      const { error } = (await response.json()) as { error: string };
      expect(error).toContain('store/locked');
      expect(error).toMatch(new RegExp(`^content/translations/\\.lock:1:1  store/locked  the translation store is in use by pid ${holder.pid} on .+ \\(wait for that run to finish; if it is no longer running, delete content/translations/\\.lock\\)$`));
      expect(await readFile(storeFile('account/reset-password'), 'utf8')).toBe(before);
    } finally {
      await holder.release();
    }
    expect((await save()).status).toBe(200);
    expect(await storedEntry('account/reset-password', 'description')).toMatchObject({ state: 'approved', by: reviewer });
  });

  it('refuses requests from other origins, without the CSRF token, or for another host', async () => {
    const before = await readFile(storeFile('account/reset-password'), 'utf8');
    const item = await itemAt('account/reset-password', 'b0.s0');
    const body = { locale: 'de', article: item.article, key: item.key, version: item.version, action: 'approve' };
    const attempts: Record<string, string>[] = [
      { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { [csrfHeader]: 'guessed' },
      { [csrfHeader]: '' },
      { 'content-type': 'text/plain' },
    ];
    for (const headers of attempts) {
      const response = await api('/api/review', { method: 'POST', body, headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    const noToken = await fetch(new URL('/api/review', app.url), { method: 'POST', headers: { 'content-type': 'application/json', origin: app.url.replace(/\/$/, '') }, body: JSON.stringify(body) });
    expect(noToken.status).toBe(403);
    const noOrigin = await fetch(new URL('/api/review', app.url), { method: 'POST', headers: { 'content-type': 'application/json', [csrfHeader]: app.token }, body: JSON.stringify(body) });
    expect(noOrigin.status).toBe(403);
    expect((await fetch(new URL('/api/queue?locale=de', app.url))).status).toBe(403);
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    expect(await statusWithHost('evil.example')).toBe(403);
    expect(await statusWithHost(`localhost:${app.port}`)).toBe(200);
    expect(await readFile(storeFile('account/reset-password'), 'utf8')).toBe(before);
  });

  it('serves only the locales it was started for', async () => {
    const only = await startReviewServer({ workspace: await ReviewWorkspace.open(root), reviewer, locales: ['de'], port: 0 });
    try {
      const response = await fetch(new URL('/api/queue?locale=fr', only.url), { headers: { [csrfHeader]: only.token } });
      expect(response.status).toBe(404);
    } finally {
      await only.close();
    }
  });
});

/** Another process that takes the project's store lock, as a running `kb translate` would, and holds it until released. */
async function holdStoreLock(projectRoot: string): Promise<{ pid: number; release: () => Promise<void> }> {
  const script = `const [, lock, root] = process.argv;
const { withLock } = await import(lock);
await withLock(root, () => new Promise((resolve) => { process.stdin.once('data', resolve); console.log('locked'); }));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(join(import.meta.dirname, '../store/storeLock.ts')).href, projectRoot], { stdio: ['pipe', 'pipe', 'inherit'] });
  const said = await Promise.race([once(child.stdout, 'data').then(([chunk]) => String(chunk).trim()), once(child, 'exit').then(([code]) => `nothing; it exited with ${code}`)]);
  if (said !== 'locked') throw new Error(`the lock holder said ${said}`);
  return {
    pid: child.pid as number,
    release: async () => {
      const exited = once(child, 'exit');
      child.stdin.end('go\n');
      await exited;
    },
  };
}

/** GET / with a Host header fetch will not let us set. */
function statusWithHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: app.port, path: '/', headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}
