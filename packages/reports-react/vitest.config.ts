import { stelselTestConfig } from '@stelsel/vitest-config';

export default stelselTestConfig({ environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] });
