/**
 * Measure, in headless Chromium, the bytes a reader's first search downloads: open
 * `/<locale>/search/?q=…` with an empty cache and sum the transfer sizes (headers + encoded body)
 * of every Pagefind file fetched until the results are shown. When the page offers the English
 * originals, click that button too and count what it adds separately (the English index and the
 * locale's vocabulary that translates the query).
 */
import { chromium, type Browser } from 'playwright-core';
import { serveDist } from '../browser/serveDist.ts';

export interface FirstSearchCase {
  locale: string;
  query: string;
}

/** Files a search downloads: Pagefind's bundles, and the vocabulary the English originals' search loads. */
function searchFile(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.startsWith('/pagefind') || pathname.startsWith('/bot-index/vocabulary/');
}

export interface FirstSearchMeasurement extends FirstSearchCase {
  /** Bytes over the wire for search files (both Pagefind bundles, the vocabulary). */
  pagefindBytes: number;
  requests: string[];
  /** Results shown in the reader's language. */
  shown: number;
  /** When the page offered the English originals: the bytes and results that clicking added. */
  source: { bytes: number; shown: number } | null;
  /** Uncaught exceptions on the page and failed Pagefind requests. */
  errors: string[];
}

/** Launch Chromium with the project's sandbox-free flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Run each case in a fresh browser context over dist/ served with (or without) gzip. */
export async function measureFirstSearch(distDir: string, cases: readonly FirstSearchCase[], gzip: boolean): Promise<FirstSearchMeasurement[]> {
  const server = await serveDist(distDir, { gzip });
  const browser = await launchChromium();
  try {
    const measurements: FirstSearchMeasurement[] = [];
    for (const item of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ url: string; bytes: number }>[] = [];
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400 && searchFile(response.url())) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfinished', (request) => {
        if (!searchFile(request.url())) return;
        sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize })));
      });
      await page.goto(`${server.origin}/${item.locale}/search/?q=${encodeURIComponent(item.query)}`);
      await page.waitForSelector('#search-status[data-state="done"]', { timeout: 15_000 });
      const shown = await page.locator('#search-results > li').count();
      const fetched = await Promise.all(sizes);
      let source: FirstSearchMeasurement['source'] = null;
      if (await page.locator('#search-source-button').isVisible()) {
        const before = sizes.length;
        await page.click('#search-source-button');
        await page.waitForSelector('#search-source-status[data-state="done"]', { timeout: 15_000 });
        const added = await Promise.all(sizes.slice(before));
        source = { bytes: added.reduce((sum, f) => sum + f.bytes, 0), shown: await page.locator('#search-source-results > li').count() };
      }
      measurements.push({
        ...item,
        pagefindBytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
        requests: fetched.map((f) => `${new URL(f.url).pathname} ${f.bytes}`),
        shown,
        source,
        errors,
      });
      await context.close();
    }
    return measurements;
  } finally {
    await browser.close();
    await server.close();
  }
}
