import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPS, parseApps } from '@stelsel/topology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPaths } from '../src/apps.ts';
import { appUrl, manifestSourceOf, pointAppAt, publishBuild } from '../src/import-map.ts';
import { ensureImportMap, readDeployments, readImportMap, startWeb, type WebServer } from '../src/index.ts';

let dataDir: string;
let web: WebServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stelsel-web-'));
  web = await startWeb({
    port: 0,
    dataDir,
    gatewayUrl: 'http://localhost:4999/graphql',
    issuer: 'http://localhost:4998',
  });
});

afterAll(async () => {
  await web.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web.url}${path}`, { headers });

describe('the web server', () => {
  it('creates the import map from the builds on first start', async () => {
    const response = await get('/importmap.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const map = (await response.json()) as { imports: Record<string, string> };
    expect(map.imports.react).toBe('/shared/react.js');
    expect(map.imports['react-dom/client']).toBe('/shared/react-dom-client.js');
    expect(map.imports['@stelsel/shell']).toBe('/shell/shell.js');
    for (const name of ['school', 'company', 'municipality', 'ministry', 'sbb', 'student']) {
      expect(map.imports[`@stelsel/${name}`]).toMatch(new RegExp(`^/apps/${name}/[0-9TZ]+-[0-9a-f]{10}/${name}\\.js$`));
    }
  });

  it('serves every address in the import map as JavaScript', async () => {
    const map = readImportMap(dataDir);
    for (const url of Object.values(map.imports)) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
  });

  it('serves app versions as immutable and compresses text', async () => {
    const url = readImportMap(dataDir).imports['@stelsel/school'] ?? '';
    const response = await get(url, { 'accept-encoding': 'gzip' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('prefers brotli when the browser accepts it, and sends the same file', async () => {
    const url = readImportMap(dataDir).imports['@stelsel/school'] ?? '';
    const brotli = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const plain = await get(url, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await brotli.text()).toBe(await plain.text());
  });

  it('answers any route with the shell, a fresh CSP nonce per page and a strict policy', async () => {
    const first = await get('/ministerie/iets');
    const second = await get('/');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-");
    expect(csp).toContain("connect-src 'self' http://localhost:4999 http://localhost:4998");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('tells the browser where the gateway and the identity provider are', async () => {
    expect(await (await get('/config.json')).json()).toEqual({
      gatewayUrl: 'http://localhost:4999/graphql',
      issuer: 'http://localhost:4998',
      clientId: 'stelsel-web',
      scope: 'openid profile api',
      resource: 'urn:stelsel:api',
    });
  });

  it('serves the app list from @stelsel/topology next to the import map, never cached', async () => {
    const response = await get('/apps.json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const apps = parseApps(await response.json());
    expect(apps).toEqual(APPS);
    expect(apps.find((app) => app.path === '/ministerie')?.roles).toEqual(['ministry']);
  });

  it('gives 404 for missing files, so a missing app fails to load instead of getting HTML', async () => {
    expect((await get('/apps/school/bestaat-niet/school.js')).status).toBe(404);
    expect((await get('/shared/bestaat-niet.js')).status).toBe(404);
  });

  it('never serves files outside its folders', async () => {
    for (const path of [
      '/shared/..%2f..%2fpackage.json',
      '/shell/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/apps/..%2fimportmap.json',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("serves the trusted documents of every published app version, a new deployment's included", async () => {
    const shipped = JSON.parse(readFileSync(manifestSourceOf('school'), 'utf8')) as Record<string, string>;
    const before = (await (await get('/persisted-documents.json')).json()) as Record<string, string>;
    expect(Object.keys(shipped).length).toBeGreaterThan(0);
    expect(before).toMatchObject(shipped);
    expect(before.abc123).toBeUndefined();
    const manifest = join(dataDir, 'nieuw-manifest.json');
    writeFileSync(manifest, JSON.stringify({ abc123: 'query Nieuw { __typename }' }));
    publishBuild(dataDir, 'school', buildPaths().app('school'), 'nieuw-1', manifest);
    const response = await get('/persisted-documents.json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const after = (await response.json()) as Record<string, string>;
    expect(after.abc123).toBe('query Nieuw { __typename }');
    // The version before stays known: an open tab on it keeps working.
    expect(after).toMatchObject(shipped);
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${web.url}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('ensureImportMap', () => {
  it('keeps an app deployed before the web server ever started', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'stelsel-web-'));
    try {
      const paths = buildPaths();
      publishBuild(fresh, 'school', paths.app('school'), 'vroeg-1');
      pointAppAt(fresh, 'school', 'vroeg-1');
      const map = ensureImportMap(fresh, paths);
      expect(map.imports['@stelsel/school']).toBe(appUrl('school', 'vroeg-1'));
      expect(map.imports['@stelsel/ministry']).toMatch(/^\/apps\/ministry\//);
      expect(ensureImportMap(fresh, paths).imports['@stelsel/school']).toBe(appUrl('school', 'vroeg-1'));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('keeps a deployed version across a restart when the build did not change', () => {
    const paths = buildPaths();
    const version = 'handmatig-1';
    publishBuild(dataDir, 'company', paths.app('company'), version);
    pointAppAt(dataDir, 'company', version);
    const map = ensureImportMap(dataDir, paths);
    expect(map.imports['@stelsel/company']).toBe(appUrl('company', version));
    expect(readDeployments(dataDir).company?.version).toBe(version);
  });
});
