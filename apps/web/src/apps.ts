import { join } from 'node:path';
import { APPS } from '@stelsel/topology';
import { repoRoot } from './env.ts';

/** The independently deployed stakeholder apps (folder under apps/), from the one list in @stelsel/topology. */
export const APP_NAMES: readonly string[] = APPS.map((app) => app.name);
export type AppName = string;

export function isAppName(value: string): value is AppName {
  return APP_NAMES.includes(value);
}

export const specifierOf = (name: AppName) => `@stelsel/${name}`;
export const entryFileOf = (name: AppName) => `${name}.js`;

/** Where the builds are: shared libraries, the shell and each app's own dist/. */
export function buildPaths(root = repoRoot()) {
  return {
    root,
    shared: join(root, 'packages', 'shared-esm', 'dist'),
    shell: join(root, 'apps', 'shell', 'dist'),
    app: (name: AppName) => join(root, 'apps', name, 'dist'),
    appPackage: (name: AppName) => join(root, 'apps', name),
  };
}
