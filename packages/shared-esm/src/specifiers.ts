/**
 * The bare specifiers that every micro-frontend shares through the import map, and the file in
 * `packages/shared-esm/dist/` that provides each. Apps and the shell mark exactly these as external.
 */
export const SHARED_SPECIFIERS = {
  react: 'react.js',
  'react-dom': 'react-dom.js',
  'react-dom/client': 'react-dom-client.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'single-spa': 'single-spa.js',
} as const;

export type SharedSpecifier = keyof typeof SHARED_SPECIFIERS;

export const SHARED_EXTERNALS: readonly string[] = Object.keys(SHARED_SPECIFIERS);
