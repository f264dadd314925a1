import { defineConfig } from 'vitest/config';

// Two projects: `unit` is `npm test` (every behaviour, every role on the pure renderers, a few real
// HTTP runs); `long` holds the fuzz runs, which `npm run test:long` and CI run. One worker (vitest's
// default on 2 cores): the tests that start the bot as a child process need the second core.
// The unit files share one module graph (isolate: false): Bolt, discord.js and the catalog are
// imported and loaded once for the run instead of once per file, which was a quarter of its time.
// No test mocks modules or changes the environment, so nothing leaks from one file to the next.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/fuzz/**'], isolate: false },
      },
      { extends: true, test: { name: 'long', include: ['test/fuzz/**/*.test.ts'] } },
    ],
  },
});
