/**
 * Load a built site's own `pagefind.js` in Node, so tests and `bench:search` run the exact
 * browser code (query segmentation, WebAssembly search, excerpts, index merging) against a real
 * index, through the same `openSearch` the search page uses.
 *
 * Two shims stand in for the browser: `document` answers `<html lang>` (Pagefind picks the
 * language index from it when an instance is created) and `fetch` serves the site's files from
 * disk under a made-up origin. Each load gets its own copy of the module, because pagefind.js
 * keeps one WebAssembly instance — with one language's stemmer — per module, as one page does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindModule } from '../../site/scripts/search/pagefindTypes.ts';

const sites = new Map<string, string>();
let documentLang = 'unknown';
let installed = false;

function installShims(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const root = sites.get(url.origin);
    if (!root) return realFetch(input, init);
    try {
      return new Response(await readFile(path.join(root, decodeURIComponent(url.pathname))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  // Pagefind reads `document.currentScript` while loading and `<html lang>` when an instance is created.
  Object.defineProperty(globalThis, 'document', {
    configurable: true,
    value: { currentScript: null, querySelector: () => ({ getAttribute: () => documentLang }) },
  });
}

export interface NodePagefind {
  /** The module, as `import('/pagefind/pagefind.js')` gives it to a page with `<html lang={lang}>`. */
  pagefind: PagefindModule;
  /** Absolute URL of a site path (`/pagefind/`), since Node's fetch needs one. */
  url: (sitePath: string) => string;
}

/** Load `<distDir>/<bundlePath>pagefind.js` as a page in language `lang` (BCP 47 tag) would. */
export async function loadPagefindInNode(distDir: string, lang: string, bundlePath = '/pagefind/'): Promise<NodePagefind> {
  installShims();
  const origin = `http://site-${sites.size}.pagefind.invalid`;
  sites.set(origin, path.resolve(distDir));
  const file = path.join(path.resolve(distDir), bundlePath, 'pagefind.js');
  const loaded = (await import(`${pathToFileURL(file).href}?copy=${sites.size}`)) as PagefindModule;
  const pagefind: PagefindModule = {
    createInstance: (options) => {
      documentLang = lang.toLowerCase();
      return loaded.createInstance(options);
    },
  };
  return { pagefind, url: (sitePath) => `${origin}${sitePath}` };
}
