import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { SHARED_SPECIFIERS } from '@stelsel/shared-esm/specifiers';
import { APP_NAMES, type AppName, buildPaths, entryFileOf, specifierOf } from './apps.ts';

export interface ImportMap {
  imports: Record<string, string>;
  scopes?: Record<string, Record<string, string>>;
}

/** What is deployed per app, next to the import map. */
export interface AppDeployment {
  version: string;
  deployedAt: string;
  /** Hash of the apps/<name>/dist build last published from; a changed build is published on start. */
  lastBuildHash?: string;
}

export type Deployments = Partial<Record<AppName, AppDeployment>>;

export const importMapFile = (dataDir: string) => join(dataDir, 'importmap.json');
export const deploymentsFile = (dataDir: string) => join(dataDir, 'deployments.json');
export const appVersionsDir = (dataDir: string, name: AppName) => join(dataDir, 'apps', name);
export const appUrl = (name: AppName, version: string) => `/apps/${name}/${version}/${entryFileOf(name)}`;

/** The app's trusted documents (id → text), written by its codegen and shipped in each version folder. */
export const MANIFEST_FILE = 'persisted-documents.json';
export const manifestSourceOf = (name: AppName, paths = buildPaths()) =>
  join(paths.appPackage(name), 'src', 'graphql', 'generated', MANIFEST_FILE);

/**
 * Every document of every published version of every app: the gateway reads this when an app
 * sends an id it does not know yet (a new deployment), and an open tab on an older version keeps working.
 */
export function deployedDocuments(dataDir: string): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const name of APP_NAMES) {
    let versions: string[];
    try {
      versions = readdirSync(appVersionsDir(dataDir, name)).sort();
    } catch {
      continue;
    }
    for (const version of versions) {
      const manifest = readJson<Record<string, unknown>>(
        join(appVersionsDir(dataDir, name), version, MANIFEST_FILE),
        {},
      );
      for (const [id, text] of Object.entries(manifest)) if (typeof text === 'string') documents[id] = text;
    }
  }
  return documents;
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/** Replaces a file in one step (write + rename), so a reader never sees half a map. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, file);
}

export function readImportMap(dataDir: string): ImportMap {
  const map = readJson<ImportMap>(importMapFile(dataDir), { imports: {} });
  return { ...map, imports: { ...map.imports } };
}

export function readDeployments(dataDir: string): Deployments {
  return readJson<Deployments>(deploymentsFile(dataDir), {});
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Content hash of a build folder (names and bytes). */
export function hashBuild(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    hash.update(relative(dir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 10);
}

/** A sortable, unique version name: UTC time and content hash, e.g. "20261123T093000Z-3f2a9c01bd". */
export function versionName(hash: string, at = new Date()): string {
  return `${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${hash}`;
}

/**
 * Copies a finished build into its own version folder (never overwriting one that exists), with
 * the app's trusted-documents manifest next to it.
 */
export function publishBuild(
  dataDir: string,
  name: AppName,
  buildDir: string,
  version: string,
  manifest = manifestSourceOf(name),
): string {
  const target = join(appVersionsDir(dataDir, name), version);
  if (!existsSync(join(target, entryFileOf(name)))) {
    mkdirSync(appVersionsDir(dataDir, name), { recursive: true });
    const staging = `${target}.staging-${process.pid}`;
    cpSync(buildDir, staging, { recursive: true });
    if (existsSync(manifest)) cpSync(manifest, join(staging, MANIFEST_FILE));
    // A build made in a private temporary folder must still be readable by the web server.
    chmodSync(staging, 0o755);
    renameSync(staging, target);
  }
  return target;
}

/** Points the import map at one version of one app; nothing else in the map changes. */
export function pointAppAt(dataDir: string, name: AppName, version: string, extra: Partial<AppDeployment> = {}): void {
  const map = readImportMap(dataDir);
  map.imports[specifierOf(name)] = appUrl(name, version);
  const deployments = readDeployments(dataDir);
  deployments[name] = {
    ...deployments[name],
    deployedAt: new Date().toISOString(),
    ...extra,
    version,
  };
  writeJsonAtomic(deploymentsFile(dataDir), deployments);
  writeJsonAtomic(importMapFile(dataDir), map);
}

/**
 * Makes sure the import map exists and is complete: the shared libraries and the shell at their
 * fixed places, and every app at a published version. An app's own dist/ is published (as a new
 * version) only when that build changed since it was last published, so a deployment made with
 * `pnpm deploy-app` stays in place across restarts.
 */
export function ensureImportMap(dataDir: string, paths = buildPaths()): ImportMap {
  mkdirSync(dataDir, { recursive: true });
  const map = readImportMap(dataDir);
  for (const [specifier, file] of Object.entries(SHARED_SPECIFIERS)) map.imports[specifier] = `/shared/${file}`;
  map.imports['@stelsel/shell'] = '/shell/shell.js';
  writeJsonAtomic(importMapFile(dataDir), map);

  const deployments = readDeployments(dataDir);
  for (const name of APP_NAMES) {
    const buildDir = paths.app(name);
    const current = deployments[name];
    const deployedFile = current ? join(appVersionsDir(dataDir, name), current.version, entryFileOf(name)) : null;
    if (!existsSync(join(buildDir, entryFileOf(name)))) continue;
    const buildHash = hashBuild(buildDir);
    const stillThere = deployedFile !== null && existsSync(deployedFile) && Boolean(map.imports[specifierOf(name)]);
    if (stillThere && current && current.lastBuildHash === undefined) {
      // Deployed with deploy-app before this build was ever seen: keep it; a later rebuild wins.
      pointAppAt(dataDir, name, current.version, { lastBuildHash: buildHash, deployedAt: current.deployedAt });
      continue;
    }
    if (stillThere && current?.lastBuildHash === buildHash) continue;
    const builtAt = statSync(join(buildDir, entryFileOf(name))).mtime;
    const version = versionName(buildHash, builtAt);
    publishBuild(dataDir, name, buildDir, version, manifestSourceOf(name, paths));
    pointAppAt(dataDir, name, version, { lastBuildHash: buildHash });
  }
  return readImportMap(dataDir);
}
