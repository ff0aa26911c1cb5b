import { defineConfig } from 'vite';

/** The bootstrap is a classic script (IIFE): it must run before any module is resolved. */
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/bootstrap.ts', formats: ['iife'], name: 'stelselBootstrap', fileName: () => 'bootstrap.js' },
  },
});
