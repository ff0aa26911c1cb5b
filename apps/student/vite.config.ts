import { appBuildConfig, readAppBuildEnv } from '@stelsel/shared-esm/app-build';
import { defineConfig } from 'vite';

const env = readAppBuildEnv();

export default defineConfig(
  appBuildConfig({
    entry: 'src/main.tsx',
    fileName: 'student.js',
    outDir: env.outDir,
    define: { __STELSEL_APP_VERSION__: JSON.stringify(env.version) },
  }),
);
