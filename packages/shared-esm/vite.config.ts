import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { SHARED_SPECIFIERS, type SharedSpecifier } from './src/specifiers.ts';

/**
 * React 19 ships CommonJS only. One library build with an entry per shared specifier turns each
 * into an ES module; what the entries have in common (react itself) lands in one shared chunk,
 * so react-dom and the apps see the same React instance.
 */
const require = createRequire(import.meta.url);
const PREFIX = '\0shared-entry:';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function entrySource(specifier: SharedSpecifier): string {
  if (specifier === 'single-spa') return `export * from 'single-spa';\n`;
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const names = Object.keys(require(specifier) as object).filter((name) => IDENTIFIER.test(name) && name !== 'default');
  process.env.NODE_ENV = previous;
  return [
    `import m from '${specifier}';`,
    'export default m;',
    ...names.map((name) => `export const ${name} = m.${name};`),
    '',
  ].join('\n');
}

function sharedEntries(): Plugin {
  return {
    name: 'stelsel-shared-entries',
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return entrySource(id.slice(PREFIX.length) as SharedSpecifier);
    },
  };
}

const input = Object.fromEntries(
  Object.entries(SHARED_SPECIFIERS).map(([specifier, file]) => [file.replace(/\.js$/, ''), `${PREFIX}${specifier}`]),
);

export default defineConfig({
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [sharedEntries()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    rolldownOptions: {
      input,
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
