import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Some unit tests run a script (schedule, release); a busy machine needs seconds.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/e2e/**/*.test.ts', 'tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Fails any browser test whose pages violated the production CSP.
          setupFiles: ['tests/e2e/support/csp-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium and one built site are shared; files run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
