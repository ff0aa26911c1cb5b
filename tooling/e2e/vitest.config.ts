import { stelselTestConfig } from '@stelsel/vitest-config';

/** Browser tests: one system per file, started from the run's seeded copy; files run one after another. */
export default stelselTestConfig({
  include: ['test/**/*.test.ts'],
  // A whole flow (publish to signatures) clicks through five apps; under a loaded CI machine it took over 120 s.
  testTimeout: 300_000,
  // One system start per file; on a busy machine a start can take minutes (tooling/stack: 180 s per part).
  hookTimeout: 420_000,
  fileParallelism: false,
  // The system started and seeded once; each file's system starts from a copy of its data folder.
  globalSetup: ['src/seeded-template.ts'],
});
