import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    globalSetup: ['main/testing/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // tests open real SQLite files and spawn real processes; two cores here
    pool: 'forks',
    maxWorkers: 2,
  },
});
