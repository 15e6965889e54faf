import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { UserError, fileDiagnostic, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { compileSchema } from '../schema/compileSchema.ts';
import { reviewActions } from './applyReview.ts';
import { renderReviewPage } from './renderReviewPage.ts';
import { refusal } from './requestGuard.ts';
import type { ReviewRequest, ReviewWorkspace } from './ReviewWorkspace.ts';

interface ReviewServerOptions {
  workspace: ReviewWorkspace;
  /** Recorded as `by` on every change. */
  reviewer: string;
  /** Locales offered (default: every target locale). */
  locales?: string[];
  /** 0 picks a free port. */
  port: number;
}

export interface RunningReviewServer {
  server: Server;
  url: string;
  port: number;
  /** The CSRF token the page carries; API requests without it are refused. */
  token: string;
  close(): Promise<void>;
}

const clientFolder = join(import.meta.dirname, 'client');
const assets: Record<string, { file: string; type: string }> = {
  '/review.js': { file: 'reviewApp.js', type: 'text/javascript; charset=utf-8' },
  '/review.css': { file: 'reviewApp.css', type: 'text/css; charset=utf-8' },
};

/** Largest request body taken: a segment and its metadata are far smaller. */
const maxBody = 64 * 1024;

const validateReviewRequest = compileSchema({
  type: 'object',
  required: ['locale', 'article', 'key', 'version', 'action'],
  additionalProperties: false,
  properties: {
    locale: { type: 'string' },
    article: { type: 'string' },
    key: { type: 'string' },
    version: { type: 'string' },
    action: { type: 'string', enum: [...reviewActions] },
    target: { type: 'string', maxLength: 20_000 },
  },
});

/** Start the review app on 127.0.0.1 only; resolves once it listens. */
export async function startReviewServer(options: ReviewServerOptions): Promise<RunningReviewServer> {
  const token = randomBytes(24).toString('base64url');
  const offered = (await options.workspace.locales(options.locales)).map((l) => l.code);
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof UserError) {
        const locked = error.diagnostics.some((d) => d.rule === 'store/locked');
        send(response, locked ? 423 : 400, { error: error.diagnostics.map(formatDiagnostic).join('\n') });
        return;
      }
      console.error(error);
      if (!response.headersSent) send(response, 500, { error: 'internal error; see the kb review output' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refused = refusal(method, url.pathname, request.headers, port, token);
    if (refused) return send(response, 403, { error: `refused: ${refused}` });
    const locale = url.searchParams.get('locale') ?? '';
    if (locale && !offered.includes(locale)) return send(response, 404, { error: `locale "${locale}" is not being reviewed here; use one of ${offered.join(', ')}` });
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /') return sendText(response, 200, 'text/html; charset=utf-8', renderReviewPage({ token, reviewer: options.reviewer, locales: offered }));
    // Browsers ask for an icon; there is none.
    if (route === 'GET /favicon.ico') return sendText(response, 204, 'image/x-icon', '');
    const asset = method === 'GET' ? assets[url.pathname] : undefined;
    if (asset) return sendText(response, 200, asset.type, await readFile(join(clientFolder, asset.file), 'utf8'));
    if (route === 'GET /api/locales') return send(response, 200, { reviewer: options.reviewer, locales: await options.workspace.locales(offered) });
    if (route === 'GET /api/queue') {
      // Without a state filter the queue is what still needs a reviewer; `state=` asks for everything.
      const state = url.searchParams.has('state') ? url.searchParams.get('state') || undefined : 'needs-review';
      const filter = { state, article: url.searchParams.get('article') || undefined, check: url.searchParams.get('check') || undefined };
      return send(response, 200, await options.workspace.queue(locale || (offered[0] as string), filter));
    }
    if (route === 'GET /api/tone-guide') return send(response, 200, { locale, text: (await options.workspace.toneGuide(locale || (offered[0] as string))) ?? null });
    if (route === 'POST /api/review') {
      const body = await readJson(request);
      if (!validateReviewRequest(body)) return send(response, 400, { error: `not a review request: ${validateReviewRequest.errors?.map((e) => `${e.instancePath || 'body'} ${e.message}`).join('; ')}` });
      const review = body as ReviewRequest;
      if (!offered.includes(review.locale)) return send(response, 404, { error: `locale "${review.locale}" is not being reviewed here` });
      const outcome = await options.workspace.save(review, options.reviewer);
      if (outcome.status === 'saved') return send(response, 200, outcome);
      if (outcome.status === 'conflict') return send(response, 409, { ...outcome, yours: { action: review.action, target: review.target } });
      if (outcome.status === 'invalid') return send(response, 422, outcome);
      return send(response, 404, { status: 'missing', error: `no segment ${review.key} in ${review.article}` });
    }
    return send(response, 404, { error: `no such page: ${url.pathname}` });
  }

  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') return reject(error);
      const why = error.code === 'EADDRINUSE' ? 'is in use' : 'may not be opened by this user';
      reject(new UserError([fileDiagnostic('command line', 'review/port', `port ${options.port} on 127.0.0.1 ${why}`, 'pass another --port, or --port 0 for any free one')]));
    };
    server.once('error', failed);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Headers every answer carries: nothing cached, no framing, nothing loaded from elsewhere. */
const securityHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function send(response: ServerResponse, status: number, body: unknown): void {
  sendText(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, type: string, text: string): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': type, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) throw new UserError([fileDiagnostic('request', 'review/too-large', `request body over ${maxBody} bytes`)]);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
