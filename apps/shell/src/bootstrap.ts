/**
 * The first script of the page (a classic script, so no module is resolved before the import map
 * exists): fetch `/importmap.json`, add it as a native `<script type="importmap">`, then import the
 * shell through it. The import map is a plain JSON file on the server, so pointing an app at a
 * new build needs no rebuild of anything.
 */
export interface ImportMap {
  imports: Record<string, string>;
  scopes?: Record<string, Record<string, string>>;
}

export const BOOT_MARK = 'stelsel:bootstrap';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** Checks the JSON has the shape of an import map; anything else is refused before it reaches the page. */
export function parseImportMap(value: unknown): ImportMap {
  if (typeof value !== 'object' || value === null) throw new Error('De import map is geen JSON-object.');
  const { imports, scopes } = value as { imports?: unknown; scopes?: unknown };
  if (!isStringRecord(imports)) throw new Error('De import map mist "imports" of bevat iets anders dan adressen.');
  const map: ImportMap = { imports };
  if (scopes !== undefined) {
    if (typeof scopes !== 'object' || scopes === null || !Object.values(scopes).every(isStringRecord)) {
      throw new Error('De "scopes" van de import map zijn ongeldig.');
    }
    map.scopes = scopes as Record<string, Record<string, string>>;
  }
  return map;
}

/** Adds the import map to the document; the CSP nonce lets this one inline script through. */
export function injectImportMap(doc: Document, map: ImportMap, nonce?: string): HTMLScriptElement {
  const script = doc.createElement('script');
  script.type = 'importmap';
  if (nonce) script.nonce = nonce;
  script.textContent = JSON.stringify(map);
  doc.head.append(script);
  return script;
}

export interface BootstrapOptions {
  doc: Document;
  fetchFn: typeof fetch;
  importModule: (specifier: string) => Promise<unknown>;
  nonce?: string | undefined;
  mapUrl?: string;
  entry?: string;
}

function showFailure(doc: Document): void {
  const root = doc.getElementById('root');
  if (!root) return;
  root.replaceChildren();
  const main = doc.createElement('main');
  main.id = 'inhoud';
  const title = doc.createElement('h1');
  title.textContent = 'Stelsel mbo is nu niet beschikbaar';
  const text = doc.createElement('p');
  text.textContent = 'De webapp kon niet worden geladen. Probeer het over enkele minuten opnieuw.';
  main.append(title, text);
  root.append(main);
}

export async function bootstrap(options: BootstrapOptions): Promise<void> {
  const { doc, fetchFn, importModule, nonce, mapUrl = '/importmap.json', entry = '@stelsel/shell' } = options;
  try {
    const response = await fetchFn(mapUrl, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${mapUrl} gaf status ${response.status}.`);
    injectImportMap(doc, parseImportMap(await response.json()), nonce);
    await importModule(entry);
  } catch (error) {
    console.error('Stelsel: opstarten mislukt', error);
    showFailure(doc);
  }
}

const current = typeof document === 'undefined' ? null : document.currentScript;
if (current instanceof HTMLScriptElement && current.dataset.stelselBootstrap !== undefined) {
  performance.mark(BOOT_MARK);
  void bootstrap({
    doc: document,
    fetchFn: (input, init) => fetch(input, init),
    importModule: (specifier) => import(/* @vite-ignore */ specifier),
    nonce: current.nonce,
  });
}
