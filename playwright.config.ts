import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, not a Playwright download: `playwright install` cannot reach the internet here or in CI.
const chromiumPath = '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  // A setup problem, not a bug: say what to do, without a stack trace.
  console.error(`playwright.config.ts: ${chromiumPath} is missing — the browser tests run Debian's Chromium; run .ci/run or apt-get install chromium`);
  process.exit(1);
}

// Fixed so the web server and the tests agree on it; KB_BROWSER_PORT moves it if something else holds it.
const port = Number(process.env.KB_BROWSER_PORT ?? 4719);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    locale: 'en-US',
    trace: 'off',
  },
  webServer: {
    command: `node test/browser/serveDist.ts dist ${port}`,
    url: `${baseURL}/en/`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
