import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects, both run by `npm test`; select one with `--project unit` or `--project browser`.
export default defineConfig({
  root,
  // tsconfig.json's `@/*` path, which the app's files use, so a test can load a page's data loader.
  resolve: { alias: [{ find: /^@\//, replacement: root }] },
  test: {
    pool: 'threads',
    // One temporary folder per run, removed at its end (test/support/temp-root.ts).
    globalSetup: ['test/support/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // test/output holds git-ignored scratch (copies of the parser or the app for before/after runs): never tests.
          exclude: [...configDefaults.exclude, 'test/browser/**', 'test/output/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Builds the app and starts it once, only when a browser test is selected.
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One file at a time against one server; after the unit tests, so they do not compete
          // for the two cores with Chromium and the Next server.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
