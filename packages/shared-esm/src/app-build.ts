import type { Plugin, UserConfig } from 'vite';
import { SHARED_EXTERNALS } from './specifiers.ts';

/**
 * How every micro-frontend (and the shell) is bundled: one ES module per app, the shared
 * libraries left to the import map, and the NL Design System packages shaken down to the
 * components actually used.
 */

const NLDS_PACKAGES =
  /[\\/]node_modules[\\/].*@(rijkshuisstijl-community|utrecht|nl-design-system-candidate|amsterdam)[+\\/]/;
const DISPLAY_NAME = /^[ \t]*[\w$]+\.displayName[ \t]*=[ \t]*(['"`])[^'"`\n]*\1;?[ \t]*$/gm;

/**
 * The NL Design System React packages ship one big module that injects all component CSS from
 * JavaScript and sets `displayName` on every component at top level; both keep a bundler from
 * dropping unused components. The CSS comes from `@stelsel/ui/styles.css` (loaded once by the
 * shell), so the injection is dropped, and displayName assignments (developer tooling only) go.
 */
export function nldsTreeshake(): Plugin {
  return {
    name: 'stelsel-nlds-treeshake',
    enforce: 'pre',
    transform(code, id) {
      if (!NLDS_PACKAGES.test(id) || !code.includes('.displayName')) return null;
      return { code: code.replace(DISPLAY_NAME, ''), map: null };
    },
  };
}

/** Calls without side effects in the NL Design System bundles (element and icon factories, CSS injection). */
export const PURE_FUNCTIONS = ['styleInject', 'createReactComponent', 'jsx', 'jsxs', 'createElement', 'forwardRef'];

export interface AppBuildOptions {
  entry: string;
  /** File name of the module in the output folder, e.g. "school.js". */
  fileName: string;
  outDir?: string;
  /** Values compiled into the build (e.g. the deploy marker of an app version). */
  define?: Record<string, string>;
}

export function appBuildConfig({ entry, fileName, outDir = 'dist', define = {} }: AppBuildOptions): UserConfig {
  return {
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), ...define },
    plugins: [nldsTreeshake()],
    // Always the production JSX runtime, also when the build runs under NODE_ENV=test (a test that deploys).
    oxc: { jsx: { runtime: 'automatic', development: false } },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      cssCodeSplit: false,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        external: (id) => SHARED_EXTERNALS.includes(id),
        treeshake: { manualPureFunctions: PURE_FUNCTIONS },
        // Vite keeps whitespace in ES library output; these modules go to browsers, so minify fully.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
}

export interface AppBuildEnv {
  /** Compiled into the app and shown as its version; deploy-app sets a new one per deployment. */
  version: string;
  outDir: string;
}

/** The two build settings an app takes from the environment, read in one place. */
export function readAppBuildEnv(env: NodeJS.ProcessEnv = process.env): AppBuildEnv {
  return {
    version: env.STELSEL_APP_VERSION || 'build',
    outDir: env.STELSEL_APP_OUT_DIR || 'dist',
  };
}
