import { trustedDocumentsOnly } from '@stelsel/client/trusted-documents-plugin';
import { appBuildConfig, readAppBuildEnv } from '@stelsel/shared-esm/app-build';
import { defineConfig, mergeConfig } from 'vite';

const env = readAppBuildEnv();

export default defineConfig(
  mergeConfig(
    appBuildConfig({
      entry: 'src/main.tsx',
      fileName: 'sbb.js',
      outDir: env.outDir,
      define: { __STELSEL_APP_VERSION__: JSON.stringify(env.version) },
    }),
    // Only persisted document ids in the bundle, no query text (trusted documents).
    { plugins: [trustedDocumentsOnly()] },
  ),
);
