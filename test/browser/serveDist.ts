/**
 * `node test/browser/serveDist.ts <dir> <port>` — serve the built site on 127.0.0.1 for the browser
 * tests the way a static host does: a directory URL serves its index.html, a directory URL without
 * its trailing slash is redirected to it, and a missing path gets the nearest not-found page
 * (`/de/…` → `/de/404/`, else `/404.html`) with status 404. Like a static host it gzips text when
 * the browser accepts it, so measured transfer sizes are the ones readers pay; Pagefind's index,
 * fragment and WebAssembly files are gzip-compressed by Pagefind and are sent as they are.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index, metadata, fragment and filter chunks, and its gzip-compressed WebAssembly (`wasm.<lang>.pagefind`).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types worth compressing on the fly. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The Content-Type header for a file name; unknown extensions are opaque bytes. */
export function contentType(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

type Resolved = { kind: 'file'; file: string; status: 200 | 404 } | { kind: 'add-slash' } | { kind: 'none' };

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

const rulesByRoot = new Map<string, Promise<[from: string, to: string][]>>();

/** The `404` rules of a Netlify `_redirects` file as [`/de/*` or exact path, target], read once per served folder. */
function notFoundRules(root: string): Promise<[from: string, to: string][]> {
  let rules = rulesByRoot.get(root);
  if (!rules) {
    rules = readFile(path.join(root, '_redirects'), 'utf8')
      .catch(() => '')
      .then((text) =>
        text.split('\n').flatMap((line) => {
          const [from, to, status] = line.trim().split(/\s+/);
          return from && to && status === '404' && !from.startsWith('#') ? [[from, to] as [string, string]] : [];
        }),
      );
    rulesByRoot.set(root, rules);
  }
  return rules;
}

function matchesRule(from: string, pathname: string): boolean {
  return from.endsWith('/*') ? pathname.startsWith(from.slice(0, -1)) : pathname === from;
}

/**
 * What to answer for a decoded URL path: the file, a redirect to add the directory's slash, or the not-found page:
 * the first `_redirects` 404 rule that matches (rules apply only where no file does), else `/404.html`.
 */
export async function resolvePath(root: string, pathname: string): Promise<Resolved> {
  const base = path.resolve(root);
  const target = path.resolve(base, `.${pathname}`);
  // `..` segments must not leave the served folder.
  if (target !== base && !target.startsWith(base + path.sep)) return { kind: 'none' };
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return { kind: 'file', file: target, status: 200 };
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { kind: 'add-slash' };
    const index = path.join(target, 'index.html');
    if (await isFile(index)) return { kind: 'file', file: index, status: 200 };
  }
  const rule = (await notFoundRules(base)).find(([from]) => matchesRule(from, pathname));
  const notFound = path.join(base, rule ? `.${rule[1]}` : '404.html');
  return (await isFile(notFound)) ? { kind: 'file', file: notFound, status: 404 } : { kind: 'none' };
}

/** An HTTP server (not yet listening) that answers GET and HEAD from `root`; `gzip: false` sends text uncompressed. */
export function createDistServer(root: string, { gzip: gzipText = true } = {}): Server {
  return createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return void response.writeHead(400).end('bad request');
      }
      const resolved = await resolvePath(root, pathname);
      if (resolved.kind === 'add-slash') return void response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      if (resolved.kind === 'none') return void response.writeHead(404, { 'content-type': contentTypes['.txt']! }).end('not found');
      const type = contentType(resolved.file);
      const compress = compressible.test(type);
      const gzip = gzipText && compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const file = await readFile(resolved.file);
      const body = gzip ? gzipSync(file) : file;
      response.writeHead(resolved.status, {
        'content-type': type,
        'content-length': body.length,
        ...(compress ? { vary: 'accept-encoding' } : {}),
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        // Each test opens a fresh browser context; nothing may come from an earlier run's build.
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      console.error(`serveDist: ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}

/** A running server for `root` on a free loopback port, for benchmarks that measure transfers. */
export async function serveDist(root: string, options: { gzip: boolean }): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createDistServer(root, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (import.meta.main) {
  const [root = 'dist', portText = ''] = process.argv.slice(2);
  const port = Number(portText);
  if (!Number.isInteger(port) || port <= 0) {
    console.error('usage: node test/browser/serveDist.ts <dir> <port>');
    process.exit(2);
  }
  if (!(await isFile(path.join(root, 'index.html')))) {
    console.error(`serveDist: ${path.resolve(root)}/index.html is missing — build the site first (npm run build)`);
    process.exit(1);
  }
  const server = createDistServer(root);
  server.on('error', (error) => {
    console.error(`serveDist: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => console.log(`serving ${path.resolve(root)} at http://127.0.0.1:${port}/`));
}
