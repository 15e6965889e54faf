/**
 * A static file server for dist/ on 127.0.0.1, for measuring what a browser downloads. Like a
 * static host it gzips text (HTML, JS, CSS, JSON) when asked to; Pagefind's index, fragment and
 * WebAssembly files are already gzip-compressed, so they are sent as they are.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const textTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve `root` at http://127.0.0.1:<free port>; `gzip` compresses text responses. */
export async function serveDist(root: string, options: { gzip: boolean }): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(path.resolve(root))) return void response.writeHead(403).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return void response.writeHead(404).end('not found');
      const type = textTypes[path.extname(file)];
      const compress = options.gzip && type !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(compress ? gzipSync(body) : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
