import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['pipeline/**/*.test.ts', 'site/**/*.test.ts', 'bench/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/deepl/**/*.test.ts', 'test/bot/**/*.test.ts'],
    testTimeout: 30_000,
    // Suites load the Japanese dictionary or build a project once in beforeAll: seconds, or more on a loaded machine.
    hookTimeout: 60_000,
  },
});
