/**
 * `pnpm --filter @stelsel/web sizes`: raw and gzipped size of what the browser loads, from the
 * builds (run `pnpm build` first). gzip at Node's default level, as the web server sends it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_NAMES, buildPaths } from './apps.ts';

interface Row {
  part: string;
  raw: number;
  gzip: number;
}

function measure(part: string, files: string[]): Row {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { part, raw, gzip };
}

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const paths = buildPaths();
const rows: Row[] = [];
const shared = filesIn(paths.shared, '.js');
for (const file of shared) rows.push(measure(`shared: ${relative(paths.shared, file)}`, [file]));
rows.push(measure('shared libraries, total (react, react-dom, single-spa)', shared));
rows.push(measure('shell: bootstrap.js', [join(paths.shell, 'bootstrap.js')]));
rows.push(measure('shell: shell.js', [join(paths.shell, 'shell.js')]));
rows.push(measure('shell: shell.css (NL Design System tokens + components)', [join(paths.shell, 'shell.css')]));
for (const name of APP_NAMES) rows.push(measure(`app: ${name}`, filesIn(paths.app(name), '.js')));

const width = Math.max(...rows.map((r) => r.part.length));
process.stdout.write(`${'part'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}\n`);
for (const row of rows) {
  process.stdout.write(`${row.part.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}\n`);
}
