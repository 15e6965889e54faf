import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A DeepL-compatible HTTP server on 127.0.0.1 for tests: the real `deepl-node` client talks to it
 * through `serverUrl`. It validates like DeepL (auth header, languages, formality, glossaries,
 * 50 texts and 128 KiB a request, character quota), translates deterministically (a fixture
 * dictionary, else a marked pseudo-translation that keeps XML tags and applies the glossary),
 * records every request, and fails on demand.
 */

/** What the server does instead of answering normally. */
export type Fault =
  | { kind: 'status'; status: number; message?: string }
  /** Answer normally, but only after `ms` (longer than the client's timeout: a timeout). */
  | { kind: 'delay'; ms: number }
  /** Close the connection without answering. */
  | { kind: 'destroy' };

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query and body parameters together, repeated names kept in order (form or JSON bodies). */
  params: Map<string, string[]>;
  contentType: string;
  authorization: string | undefined;
  bodyBytes: number;
  /** Set once answered: the status sent, or the fault that replaced the answer. */
  outcome?: number | Fault['kind'];
}

export interface ServerOptions {
  /** The one key the server accepts (`Authorization: DeepL-Auth-Key <key>`). */
  authKey?: string;
  /** Fixed translations per target language (upper case, as sent): source text (XML) → reply. */
  dictionary?: Record<string, Record<string, string>>;
  /** Character quota of the account; a request that would pass it gets 456. */
  characterLimit?: number;
  /** Languages glossaries may pair (root codes); default: DeepL's documented list, without Arabic. */
  glossaryLanguages?: string[];
}

interface Dictionary {
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
}

interface Glossary {
  id: string;
  name: string;
  /** v2 glossaries hold exactly one dictionary; v3 (multilingual) ones any number. */
  version: 'v2' | 'v3';
  dictionaries: Map<string, Dictionary>;
  created: string;
}

const sourceLanguages: [string, string][] = [
  ['AR', 'Arabic'], ['DE', 'German'], ['EN', 'English'], ['ES', 'Spanish'], ['FR', 'French'], ['IT', 'Italian'],
  ['JA', 'Japanese'], ['NL', 'Dutch'], ['PL', 'Polish'], ['PT', 'Portuguese'], ['RU', 'Russian'], ['ZH', 'Chinese'],
];
/** Target languages and whether they take `formality` (as DeepL lists them). */
const targetLanguages: [string, string, boolean][] = [
  ['AR', 'Arabic', false], ['DE', 'German', true], ['EN-GB', 'English (British)', false], ['EN-US', 'English (American)', false],
  ['ES', 'Spanish', true], ['ES-419', 'Spanish (Latin American)', true], ['FR', 'French', true], ['IT', 'Italian', true],
  ['JA', 'Japanese', true], ['NL', 'Dutch', true], ['PL', 'Polish', true], ['PT-BR', 'Portuguese (Brazilian)', true],
  ['PT-PT', 'Portuguese (European)', true], ['RU', 'Russian', true], ['ZH', 'Chinese', false], ['ZH-HANS', 'Chinese (simplified)', false],
  ['ZH-HANT', 'Chinese (traditional)', false],
];
const documentedGlossaryLanguages = ['da', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ru', 'sv', 'zh'];
const formalities = new Set(['default', 'more', 'less', 'prefer_more', 'prefer_less']);
const maxTexts = 50;
const maxRequestBytes = 128 * 1024;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export class DeepLTestServer {
  readonly requests: RecordedRequest[] = [];
  /** Decides, per request, whether to fail it; undefined answers every request normally. */
  faults: ((request: RecordedRequest) => Fault | undefined) | undefined;
  /** Called as each request arrives, before it is answered (tests kill a client mid-request here). */
  onRequest: ((request: RecordedRequest) => void) | undefined;
  /** Characters billed so far, and the account's limit. */
  readonly usage: { count: number; limit: number };
  readonly glossaries = new Map<string, Glossary>();
  url = '';

  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly authKey: string;
  private readonly dictionary: Record<string, Record<string, string>>;
  private readonly glossaryLanguages: string[];

  constructor(options: ServerOptions = {}) {
    this.authKey = options.authKey ?? 'test-key';
    this.glossaryLanguages = options.glossaryLanguages ?? documentedGlossaryLanguages;
    this.dictionary = options.dictionary ?? {};
    this.usage = { count: 0, limit: options.characterLimit ?? 1_000_000 };
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The `/v2/translate` requests that were answered with translations. */
  translated(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v2/translate' && r.outcome === 200);
  }

  /** Every `/v2/translate` request that reached the server, answered or not. */
  translateRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v2/translate');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = req.headers['content-type'] ?? '';
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params: parseParams(url.searchParams, body, contentType),
      contentType,
      authorization: req.headers.authorization,
      bodyBytes: body.length,
    };
    this.requests.push(request);
    this.onRequest?.(request);
    const fault = this.faults?.(request);
    if (fault?.kind === 'destroy') {
      request.outcome = 'destroy';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      request.outcome = fault.status;
      send(res, fault.status, { message: fault.message ?? `injected ${fault.status}` });
      return;
    }
    if (fault?.kind === 'delay') {
      // Stays 'delay' if the client gives up waiting (a timeout); replaced by the status if answered.
      request.outcome = 'delay';
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (this.timers.delete(timer), resolve()), fault.ms);
        this.timers.add(timer);
      });
      if (res.destroyed || req.socket.destroyed) return;
    }
    try {
      if (request.authorization !== `DeepL-Auth-Key ${this.authKey}`) throw new HttpError(403, 'Wrong authentication key');
      if (body.length > maxRequestBytes) throw new HttpError(413, 'Request Entity Too Large');
      const { status, payload, type } = this.route(request);
      request.outcome = status;
      send(res, status, payload, type);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      request.outcome = error.status;
      send(res, error.status, { message: error.message });
    }
  }

  private route(r: RecordedRequest): { status: number; payload?: unknown; type?: string } {
    const { method, path } = r;
    const ok = (payload?: unknown, status = 200, type?: string) => ({ status, payload, type });
    if (method === 'POST' && path === '/v2/translate') return ok(this.translate(r));
    if (method === 'GET' && path === '/v2/usage') return ok({ character_count: this.usage.count, character_limit: this.usage.limit });
    if (method === 'GET' && path === '/v2/languages') {
      const type = one(r, 'type') ?? 'source';
      if (type === 'source') return ok(sourceLanguages.map(([language, name]) => ({ language, name })));
      if (type === 'target') return ok(targetLanguages.map(([language, name, f]) => ({ language, name, supports_formality: f })));
      throw new HttpError(400, "Value for 'type' not supported.");
    }
    if (method === 'GET' && path === '/v2/glossary-language-pairs') {
      const roots = this.glossaryLanguages;
      return ok({ supported_languages: roots.flatMap((s) => roots.filter((t) => t !== s).map((t) => ({ source_lang: s, target_lang: t }))) });
    }
    const glossaryPath = /^\/(v2|v3)\/glossaries(?:\/([^/]+))?(?:\/(entries|dictionaries))?$/.exec(path);
    if (!glossaryPath) throw new HttpError(404, 'Not found');
    const [, version, id, sub] = glossaryPath as unknown as [string, 'v2' | 'v3', string | undefined, string | undefined];
    if (!id) {
      if (method === 'GET') return ok({ glossaries: [...this.glossaries.values()].filter((g) => g.version === version).map(glossaryInfo) });
      if (method === 'POST') return ok(glossaryInfo(this.createGlossary(r, version)), 201);
      throw new HttpError(405, 'Method not allowed');
    }
    const glossary = this.glossaries.get(id);
    if (!glossary || glossary.version !== version) throw new HttpError(404, 'Glossary not found');
    if (!sub) {
      if (method === 'GET') return ok(glossaryInfo(glossary));
      if (method === 'DELETE') return this.glossaries.delete(id), ok(undefined, 204);
      if (method === 'PATCH' && version === 'v3') {
        glossary.name = one(r, 'name') ?? glossary.name;
        for (const dict of dictionariesOf(r).map((d) => this.checkPair(d))) {
          const old = glossary.dictionaries.get(pairKey(dict));
          glossary.dictionaries.set(pairKey(dict), { ...dict, entries: new Map([...(old?.entries ?? []), ...dict.entries]) });
        }
        return ok(glossaryInfo(glossary));
      }
      throw new HttpError(405, 'Method not allowed');
    }
    if (sub === 'entries' && method === 'GET') {
      if (version === 'v2') return ok(tsv([...glossary.dictionaries.values()][0]), 200, 'text/tab-separated-values');
      const key = pairKey({ sourceLang: required(r, 'source_lang'), targetLang: required(r, 'target_lang') });
      const dict = glossary.dictionaries.get(key);
      if (!dict) throw new HttpError(404, 'Dictionary not found');
      return ok({ dictionaries: [{ source_lang: dict.sourceLang, target_lang: dict.targetLang, entries: tsv(dict), entries_format: 'tsv' }] });
    }
    if (sub === 'dictionaries' && version === 'v3' && method === 'PUT') {
      const dict = this.checkPair(readDictionary(r, ''));
      glossary.dictionaries.set(pairKey(dict), dict);
      return ok(dictionaryInfo(dict));
    }
    if (sub === 'dictionaries' && version === 'v3' && method === 'DELETE') {
      const key = pairKey({ sourceLang: required(r, 'source_lang'), targetLang: required(r, 'target_lang') });
      if (!glossary.dictionaries.delete(key)) throw new HttpError(404, 'Dictionary not found');
      return ok(undefined, 204);
    }
    throw new HttpError(405, 'Method not allowed');
  }

  private createGlossary(r: RecordedRequest, version: 'v2' | 'v3'): Glossary {
    const name = required(r, 'name');
    const dictionaries = version === 'v2' ? [readDictionary(r, '')] : dictionariesOf(r);
    if (dictionaries.length === 0) throw new HttpError(400, 'Missing dictionaries');
    dictionaries.forEach((d) => this.checkPair(d));
    const glossary: Glossary = { id: randomUUID(), name, version, dictionaries: new Map(dictionaries.map((d) => [pairKey(d), d])), created: new Date().toISOString() };
    this.glossaries.set(glossary.id, glossary);
    return glossary;
  }

  private checkPair(dict: Dictionary): Dictionary {
    if (!this.glossaryLanguages.includes(dict.sourceLang) || !this.glossaryLanguages.includes(dict.targetLang)) {
      throw new HttpError(400, `Unsupported glossary language pair ${dict.sourceLang}-${dict.targetLang}`);
    }
    return dict;
  }

  private translate(r: RecordedRequest): unknown {
    const texts = r.params.get('text');
    if (!texts?.length) throw new HttpError(400, "Parameter 'text' not specified.");
    if (texts.length > maxTexts) throw new HttpError(400, `Too many texts: at most ${maxTexts} per request.`);
    const target = required(r, 'target_lang').toUpperCase();
    const targetLanguage = targetLanguages.find(([code]) => code === target);
    if (!targetLanguage) throw new HttpError(400, "Value for 'target_lang' not supported.");
    const source = one(r, 'source_lang')?.toUpperCase();
    if (source !== undefined && !sourceLanguages.some(([code]) => code === source)) throw new HttpError(400, "Value for 'source_lang' not supported.");
    const formality = one(r, 'formality');
    if (formality !== undefined && !formalities.has(formality)) throw new HttpError(400, "Value for 'formality' not supported.");
    if ((formality === 'more' || formality === 'less') && !targetLanguage[2]) throw new HttpError(400, "'formality' is not supported for given 'target_lang'.");
    const tagHandling = one(r, 'tag_handling');
    if (tagHandling !== undefined && tagHandling !== 'xml' && tagHandling !== 'html') throw new HttpError(400, "Value for 'tag_handling' not supported.");
    const glossaryId = one(r, 'glossary_id');
    let glossaryEntries: Map<string, string> | undefined;
    if (glossaryId !== undefined) {
      if (source === undefined) throw new HttpError(400, "Use of a glossary requires the 'source_lang' parameter to be specified.");
      const glossary = this.glossaries.get(glossaryId);
      if (!glossary) throw new HttpError(400, 'Invalid glossary_id');
      const dict = glossary.dictionaries.get(pairKey({ sourceLang: source, targetLang: target.split('-')[0] as string }));
      if (!dict) throw new HttpError(400, 'Glossary does not match the language pair of the request');
      glossaryEntries = dict.entries;
    }
    const billed = texts.map((text) => billedCharacters(text, tagHandling !== undefined));
    const total = billed.reduce((a, b) => a + b, 0);
    if (this.usage.count + total > this.usage.limit) throw new HttpError(456, 'Quota exceeded');
    this.usage.count += total;
    const showBilled = one(r, 'show_billed_characters') === '1' || one(r, 'show_billed_characters') === 'true';
    return {
      translations: texts.map((text, i) => ({
        detected_source_language: source ?? 'EN',
        text: this.dictionary[target]?.[text] ?? pseudoTranslate(text, target, tagHandling !== undefined, glossaryEntries),
        ...(showBilled ? { billed_characters: billed[i] } : {}),
      })),
    };
  }
}

/** Start a server on 127.0.0.1, port 0 (the OS picks a free one). */
export function startDeepLServer(options: ServerOptions = {}): Promise<DeepLTestServer> {
  return new DeepLTestServer(options).listen();
}

const TAG = /<[^>]*>/g;

/**
 * `[DE] ` + the text, glossary source terms replaced by their targets in the text between tags;
 * tags come back exactly as sent.
 */
export function pseudoTranslate(text: string, target: string, xml: boolean, glossary: Map<string, string> | undefined): string {
  const pieces = xml ? text.split(/(<[^>]*>)/) : [text];
  const translated = pieces.map((piece) => (piece.startsWith('<') && xml ? piece : applyGlossary(piece, glossary))).join('');
  return `[${target}] ${translated}`;
}

function applyGlossary(text: string, glossary: Map<string, string> | undefined): string {
  let out = text;
  for (const [source, target] of glossary ?? []) out = out.split(source).join(target);
  return out;
}

/** DeepL bills code points of the source, markup excluded when tags are handled. */
function billedCharacters(text: string, tags: boolean): number {
  const prose = tags ? text.replace(TAG, '').replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, '_') : text;
  return [...prose].length;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseParams(query: URLSearchParams, body: Buffer, contentType: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (key: string, value: string) => params.set(key, [...(params.get(key) ?? []), value]);
  for (const [key, value] of query) add(key, value);
  if (body.length === 0) return params;
  if (contentType.includes('application/json')) {
    for (const [key, value] of Object.entries(JSON.parse(body.toString('utf8')) as Record<string, unknown>)) {
      for (const item of Array.isArray(value) ? value : [value]) add(key, String(item));
    }
  } else {
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) add(key, value);
  }
  return params;
}

function one(r: RecordedRequest, name: string): string | undefined {
  return r.params.get(name)?.[0];
}

function required(r: RecordedRequest, name: string): string {
  const value = one(r, name);
  if (value === undefined) throw new HttpError(400, `Parameter '${name}' not specified.`);
  return value;
}

function pairKey(pair: { sourceLang: string; targetLang: string }): string {
  return `${pair.sourceLang.toLowerCase()}>${pair.targetLang.toLowerCase()}`;
}

/** One dictionary from `<prefix>source_lang`, `target_lang`, `entries`, `entries_format`. */
function readDictionary(r: RecordedRequest, prefix: string): Dictionary {
  const sourceLang = required(r, `${prefix}source_lang`).toLowerCase();
  const targetLang = required(r, `${prefix}target_lang`).toLowerCase();
  const format = one(r, `${prefix}entries_format`) ?? 'tsv';
  if (format !== 'tsv' && format !== 'csv') throw new HttpError(400, "Value for 'entries_format' not supported.");
  const entries = new Map<string, string>();
  for (const line of required(r, `${prefix}entries`).split(/\r?\n/)) {
    if (!line) continue;
    const [source, target, extra] = line.split(format === 'tsv' ? '\t' : ',');
    if (!source || !target || extra !== undefined) throw new HttpError(400, `Invalid glossary entry "${line}"`);
    if (entries.has(source)) throw new HttpError(400, `Duplicate source term "${source}"`);
    entries.set(source, target);
  }
  if (entries.size === 0) throw new HttpError(400, 'Glossary entries must not be empty');
  return { sourceLang, targetLang, entries };
}

/** The `dictionaries[i].…` groups of a v3 request. */
function dictionariesOf(r: RecordedRequest): Dictionary[] {
  const dictionaries: Dictionary[] = [];
  for (let i = 0; r.params.has(`dictionaries[${i}].source_lang`); i++) dictionaries.push(readDictionary(r, `dictionaries[${i}].`));
  return dictionaries;
}

function tsv(dict: Dictionary | undefined): string {
  return [...(dict?.entries ?? [])].map(([s, t]) => `${s}\t${t}`).join('\n');
}

function dictionaryInfo(dict: Dictionary) {
  return { source_lang: dict.sourceLang, target_lang: dict.targetLang, entry_count: dict.entries.size };
}

function glossaryInfo(g: Glossary) {
  const dicts = [...g.dictionaries.values()];
  if (g.version === 'v3') return { glossary_id: g.id, name: g.name, dictionaries: dicts.map(dictionaryInfo), creation_time: g.created };
  const [dict] = dicts as [Dictionary];
  return { glossary_id: g.id, name: g.name, ready: true, source_lang: dict.sourceLang, target_lang: dict.targetLang, creation_time: g.created, entry_count: dict.entries.size };
}

function send(res: ServerResponse, status: number, payload: unknown, type?: string): void {
  if (res.destroyed) return;
  if (payload === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  res.writeHead(status, { 'content-type': type ?? 'application/json' }).end(text);
}
