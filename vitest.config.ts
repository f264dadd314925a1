import { defineConfig } from 'vitest/config';

// Two projects: `unit` is `npm test` (every behaviour, every role on the pure renderers, a few real
// HTTP runs); `long` holds the fuzz runs, which `npm run test:long` and CI run. One worker (vitest's
// default on 2 cores): the tests that start the bot as a child process need the second core.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/fuzz/**'] } },
      { extends: true, test: { name: 'long', include: ['test/fuzz/**/*.test.ts'] } },
    ],
  },
});
