import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['pipeline/**/*.test.ts', 'site/**/*.test.ts', 'bench/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/deepl/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
