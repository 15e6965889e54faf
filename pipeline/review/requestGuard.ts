import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header every API request carries the page's CSRF token in. */
export const csrfHeader = 'x-kb-csrf';

/** Host names the server answers to: it listens on 127.0.0.1, and browsers may say localhost. */
const loopbackHosts = ['127.0.0.1', 'localhost'];

/**
 * Why a request must be refused, or undefined when it may go on. The Host must be this server on
 * loopback (a DNS-rebinding page arrives with its own host name); an Origin, when sent, must be
 * this server's; API calls need the page's CSRF token, and changes a same-origin JSON request.
 */
export function refusal(method: string, path: string, headers: IncomingHttpHeaders, port: number, token: string): string | undefined {
  const allowed = loopbackHosts.map((host) => `${host}:${port}`);
  if (!allowed.includes(headers.host ?? '')) return `host ${JSON.stringify(headers.host ?? '')} is not this server`;
  const origin = headers.origin;
  if (origin !== undefined && !allowed.some((host) => origin === `http://${host}`)) return `origin ${JSON.stringify(origin)} is not this server`;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request`;
  if (!path.startsWith('/api/')) return method === 'GET' || method === 'HEAD' ? undefined : `${method} is not allowed here`;
  if (!sameToken(headers[csrfHeader], token)) return 'missing or wrong CSRF token';
  if (method !== 'GET') {
    if (origin === undefined) return 'a change without an Origin header';
    if (!(headers['content-type'] ?? '').startsWith('application/json')) return 'a change must be sent as application/json';
  }
  return undefined;
}

function sameToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
