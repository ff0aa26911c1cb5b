import type { ViteUserConfig } from 'vitest/config';

export declare function stelselTestConfig(overrides?: ViteUserConfig['test']): ViteUserConfig;
