import { stelselTestConfig } from '@stelsel/vitest-config';

export default stelselTestConfig();
