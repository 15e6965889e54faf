/**
 * The `test` every browser spec uses: Playwright's, with a `page` that is guarded — it may reach
 * nothing but the local server (a help center page that loads a font or a script from elsewhere
 * fails here), and it may throw no uncaught script error.
 */
import { test as base, expect } from '@playwright/test';

/** Only the local server may be reached; data: and blob: URLs never leave the browser. */
function isLocal(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname === '127.0.0.1' : true;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const outside: string[] = [];
    const scriptErrors: string[] = [];
    await page.route((url) => !isLocal(url), async (route) => {
      outside.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    await use(page);
    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    expect(scriptErrors, 'uncaught script errors').toEqual([]);
  },
});

export { expect };
