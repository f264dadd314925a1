import { defineConfig } from 'vitest/config';

// Two projects: `unit` is `npm test` (every behaviour, every role on the pure renderers, a few real
// HTTP runs); `long` holds the fuzz runs, which `npm run test:long` and CI run. Many test files wait
// on child processes and sockets, so two workers keep both cores busy.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/fuzz/**'] } },
      { extends: true, test: { name: 'long', include: ['test/fuzz/**/*.test.ts'] } },
    ],
  },
});
