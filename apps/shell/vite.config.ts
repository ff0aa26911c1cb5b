import { readFileSync } from 'node:fs';
import { appBuildConfig } from '@stelsel/shared-esm/app-build';
import { defineConfig, mergeConfig, type Plugin } from 'vite';

/**
 * The shell as one ES module (`dist/shell.js` + `dist/shell.css`, the NL Design System CSS for
 * every app), React, ReactDOM and single-spa left to the import map. index.html is copied as is;
 * the web server fills in the CSP nonce. The bootstrap is a separate classic build
 * (vite.bootstrap.config.ts).
 */
const shellHtml: Plugin = {
  name: 'stelsel-shell-html',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync('index.html', 'utf8') });
  },
};

export default defineConfig(
  mergeConfig(appBuildConfig({ entry: 'src/main.tsx', fileName: 'shell.js' }), {
    build: { lib: { cssFileName: 'shell' } },
    plugins: [shellHtml],
  }),
);
