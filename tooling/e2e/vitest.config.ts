import { stelselTestConfig } from '@stelsel/vitest-config';

/** Browser tests: one system for the whole run, so files run one after another. */
export default stelselTestConfig({
  include: ['test/**/*.test.ts'],
  testTimeout: 120_000,
  hookTimeout: 240_000,
  fileParallelism: false,
});
