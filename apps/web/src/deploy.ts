import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppName, buildPaths } from './apps.ts';
import {
  appUrl,
  hashBuild,
  MANIFEST_FILE,
  pointAppAt,
  publishBuild,
  readImportMap,
  versionName,
} from './import-map.ts';

export interface DeployResult {
  name: AppName;
  version: string;
  url: string;
  previousUrl: string | undefined;
  /** Trusted documents in this version's manifest: the gateway runs them from the first request on. */
  documents: number;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} mislukte (code ${code}):\n${output}`)),
    );
  });
}

/**
 * Independent deployment of one app: builds it (codegen + Vite) into a fresh folder with a new
 * version compiled in, publishes that folder as a new version and points the import map at it.
 * The shell, the shared libraries, the other apps and the app's own dist/ are not touched.
 */
export async function deployApp(
  name: AppName,
  options: { dataDir: string; marker?: string; env?: NodeJS.ProcessEnv },
): Promise<DeployResult> {
  const paths = buildPaths();
  const previousUrl = readImportMap(options.dataDir).imports[`@stelsel/${name}`];
  const outDir = mkdtempSync(join(tmpdir(), `stelsel-deploy-${name}-`));
  try {
    const marker =
      (options.marker ?? 'deploy')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .slice(0, 40) || 'deploy';
    const provisional = versionName(marker);
    await run('pnpm', ['run', 'build'], paths.appPackage(name), {
      ...process.env,
      NODE_ENV: 'production',
      ...options.env,
      STELSEL_APP_OUT_DIR: outDir,
      STELSEL_APP_VERSION: provisional,
    });
    const version = `${provisional}-${hashBuild(outDir)}`;
    const published = publishBuild(options.dataDir, name, outDir, version);
    pointAppAt(options.dataDir, name, version);
    let documents = 0;
    try {
      documents = Object.keys(JSON.parse(readFileSync(join(published, MANIFEST_FILE), 'utf8')) as object).length;
    } catch {
      // No manifest: the app sends no documents.
    }
    return { name, version, url: appUrl(name, version), previousUrl, documents };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
