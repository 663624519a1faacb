import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium at a time: files run one after another, in Node.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
