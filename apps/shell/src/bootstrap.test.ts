import { describe, expect, it, vi } from 'vitest';
import { bootstrap, injectImportMap, parseImportMap } from './bootstrap.ts';

const map = { imports: { react: '/shared/react.js', '@stelsel/shell': '/shell/shell.js' } };

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('parseImportMap', () => {
  it('accepts imports and scopes', () => {
    expect(parseImportMap({ ...map, scopes: { '/apps/': { react: '/x.js' } } })).toEqual({
      ...map,
      scopes: { '/apps/': { react: '/x.js' } },
    });
  });

  it('refuses what is not an import map', () => {
    expect(() => parseImportMap(null)).toThrow();
    expect(() => parseImportMap({ imports: { react: 42 } })).toThrow();
    expect(() => parseImportMap({ imports: {}, scopes: { a: 'b' } })).toThrow();
  });
});

describe('injectImportMap', () => {
  it('adds a native import map to the head', () => {
    document.head.innerHTML = '';
    const script = injectImportMap(document, map);
    expect(script.type).toBe('importmap');
    expect(script.parentElement).toBe(document.head);
    expect(script.hasAttribute('nonce')).toBe(false);
  });
});

describe('bootstrap', () => {
  it('injects the fetched map as a native import map with the nonce, before importing the shell', async () => {
    document.head.innerHTML = '';
    const order: string[] = [];
    const importModule = vi.fn(async (specifier: string) => {
      const script = document.head.querySelector('script[type="importmap"]');
      order.push(script ? `import ${specifier} after map` : `import ${specifier} before map`);
    });
    await bootstrap({
      doc: document,
      fetchFn: async () => jsonResponse(map),
      importModule,
      nonce: 'abc123',
    });
    const script = document.head.querySelector<HTMLScriptElement>('script[type="importmap"]');
    expect(script?.nonce).toBe('abc123');
    expect(JSON.parse(script?.textContent ?? '{}')).toEqual(map);
    expect(order).toEqual(['import @stelsel/shell after map']);
  });

  it('fetches the map fresh every time (no cache), so a changed map is used on the next visit', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(map));
    await bootstrap({ doc: document, fetchFn, importModule: async () => undefined });
    expect(fetchFn).toHaveBeenCalledWith('/importmap.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('says the service is unavailable instead of leaving a blank page', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const importModule = vi.fn(async () => undefined);
    await bootstrap({ doc: document, fetchFn: async () => jsonResponse({}, 503), importModule });
    expect(importModule).not.toHaveBeenCalled();
    expect(document.querySelector('h1')?.textContent).toBe('Stelsel mbo is nu niet beschikbaar');
    error.mockRestore();
  });
});
