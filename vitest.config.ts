import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run the built binary several times; on a busy 2-core machine that can take a minute.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // An error's English message comes from the label files (see the file).
    setupFiles: ['test/helpers/english-words.ts'],
  },
});
