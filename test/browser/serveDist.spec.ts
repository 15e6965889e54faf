// The test server stands in for the static host; these check it behaves like one, so a failure
// elsewhere in the suite is the site's, not the harness's.
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { contentType, resolvePath } from './serveDist.ts';

const dist = path.resolve('dist');

test('directory URLs serve index.html and get their trailing slash added', async ({ request }) => {
  const page = await request.get('/en/calls/');
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  const bare = await request.get('/en/calls?x=1', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/en/calls/?x=1');
});

test('Pagefind files get the types the browser needs', async ({ request }) => {
  const entry = await request.get('/pagefind/pagefind-entry.json');
  expect(entry.headers()['content-type']).toBe('application/json; charset=utf-8');
  const script = await request.get('/pagefind/pagefind.js');
  expect(script.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  for (const file of ['pagefind.en_1a2b.pf_meta', 'en_1a2b.pf_index', 'en_1a2b.pf_fragment', 'wasm.en.pagefind']) {
    expect(contentType(file)).toBe('application/octet-stream');
  }
  expect(contentType('module.wasm')).toBe('application/wasm');
});

test('missing paths get the not-found page the build’s host rules name; nothing outside dist/ is reachable', async () => {
  expect(await resolvePath(dist, '/de/calls/missing/')).toEqual({ kind: 'file', file: path.join(dist, 'de/404/index.html'), status: 404 });
  expect(await resolvePath(dist, '/missing/deeper/')).toEqual({ kind: 'file', file: path.join(dist, '404.html'), status: 404 });
  expect(await resolvePath(dist, '/../package.json')).toEqual({ kind: 'none' });
});
