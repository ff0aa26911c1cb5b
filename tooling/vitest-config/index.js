import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Shared test settings. `graphql` is pinned to its CommonJS entry so that code loaded through
 * ESM and through CommonJS (the Apollo packages) share one copy of the library.
 * Plain JavaScript: vitest loads config dependencies without a TypeScript loader.
 * @param {import('vitest/config').ViteUserConfig['test']} [overrides]
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function stelselTestConfig(overrides = {}) {
  return defineConfig({
    resolve: {
      alias: { graphql: require.resolve('graphql/index.js', { paths: [process.cwd()] }) },
    },
    test: {
      testTimeout: 30_000,
      hookTimeout: 60_000,
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      ...overrides,
      globalSetup: [
        fileURLToPath(new URL('./global-setup.js', import.meta.url)),
        ...[overrides.globalSetup ?? []].flat(),
      ],
    },
  });
}
