import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { APPS } from '@stelsel/topology';
import { buildPaths } from './apps.ts';
import { readWebEnv, type WebEnv } from './env.ts';
import { deployedDocuments, ensureImportMap, importMapFile } from './import-map.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

export interface WebOptions extends Partial<WebEnv> {}

export interface WebServer {
  url: string;
  port: number;
  dataDir: string;
  server: Server;
  close(): Promise<void>;
}

const origin = (url: string) => new URL(url).origin;

/** Strict enough: only our own scripts (plus the nonce'd inline import map), data only from gateway and issuer. */
export function contentSecurityPolicy(env: Pick<WebEnv, 'gatewayUrl' | 'issuer'>, nonce: string): string {
  const api = [...new Set([origin(env.gatewayUrl), origin(env.issuer)])].join(' ');
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${api}`,
    `form-action 'self' ${origin(env.issuer)}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Resolves a URL path inside a folder; null when it would leave it. */
function inside(base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(base);
  const file = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

type Encoding = 'br' | 'gzip';
const compressedCache = new Map<string, { mtimeMs: number; body: Buffer }>();

/** Brotli when the browser accepts it (smaller), else gzip; compressed once per file version. */
function preferredEncoding(req: IncomingMessage): Encoding | null {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cacheControl: string): boolean {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  const ext = extname(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  res.setHeader('content-type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', etag);
  res.setHeader('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const encoding = COMPRESSIBLE.has(ext) ? preferredEncoding(req) : null;
  if (encoding) {
    const key = `${encoding}:${file}`;
    let cached = compressedCache.get(key);
    if (!cached || cached.mtimeMs !== stat.mtimeMs) {
      const raw = readFileSync(file);
      cached = {
        mtimeMs: stat.mtimeMs,
        body:
          encoding === 'br'
            ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
            : gzipSync(raw),
      };
      compressedCache.set(key, cached);
    }
    res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', cached.body.length);
    res.end(req.method === 'HEAD' ? undefined : cached.body);
    return true;
  }
  res.setHeader('content-length', stat.size);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(value));
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end('Niet gevonden');
}

/**
 * The web server of the stelsel: the shell, the shared libraries, every deployed app version and
 * the import map (a JSON file in the data folder that deploy-app rewrites; read fresh per request).
 */
export async function startWeb(options: WebOptions = {}): Promise<WebServer> {
  const env: WebEnv = { ...readWebEnv(), ...options };
  const paths = buildPaths();
  const shellHtml = join(paths.shell, 'index.html');
  if (!existsSync(shellHtml)) {
    throw new Error(`De shell is nog niet gebouwd (${shellHtml} ontbreekt): voer eerst "pnpm build" uit.`);
  }
  ensureImportMap(env.dataDir, paths);
  const html = readFileSync(shellHtml, 'utf8');
  const webConfig = {
    gatewayUrl: env.gatewayUrl,
    issuer: env.issuer,
    clientId: env.clientId,
    scope: env.scope,
    resource: env.resource,
  };

  const server = createServer((req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://web').pathname;

    if (path === '/importmap.json') {
      if (!sendFile(req, res, importMapFile(env.dataDir), 'no-store')) notFound(res);
      return;
    }
    if (path === '/config.json') return sendJson(res, 200, webConfig);
    // The trusted documents of every deployed app version, for the gateway (read fresh per request).
    if (path === '/persisted-documents.json') return sendJson(res, 200, deployedDocuments(env.dataDir));
    // The shell's routes and menu: read at run time, so adding an app rebuilds no shell.
    if (path === '/apps.json') return sendJson(res, 200, APPS);
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });

    const route = (
      [
        ['/shared/', paths.shared, 'no-cache'],
        ['/shell/', paths.shell, 'no-cache'],
        // A deployed version never changes: its folder name is new for every build.
        ['/apps/', join(env.dataDir, 'apps'), 'public, max-age=31536000, immutable'],
      ] as const
    ).find(([prefix]) => path.startsWith(prefix));
    if (route) {
      const [prefix, base, cache] = route;
      const file = inside(base, path.slice(prefix.length));
      if (!file || !sendFile(req, res, file, cache)) notFound(res);
      return;
    }
    // A missing file is a 404 (so a broken app URL fails loudly); any other path is a shell route.
    if (extname(path) !== '') return notFound(res);
    const nonce = randomBytes(16).toString('base64');
    const body = html.replaceAll('__CSP_NONCE__', nonce);
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-security-policy', contentSecurityPolicy(env, nonce));
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(env.port, env.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    dataDir: env.dataDir,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
