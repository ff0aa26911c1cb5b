import { describe, expect, it } from 'vitest';
import { APPS, defaultPortOf, PARTS, parseApps, portVariableOf, SUBGRAPHS } from '../src/index.ts';

describe('topology', () => {
  it('gives every part its own name, port and port variable', () => {
    for (const key of ['name', 'port', 'env'] as const) {
      expect(new Set(PARTS.map((p) => p[key])).size).toBe(PARTS.length);
    }
    expect(defaultPortOf('gateway')).toBe(4000);
    expect(portVariableOf('equal-treatment')).toBe('EQUAL_TREATMENT_PORT');
    expect(SUBGRAPHS.map((s) => s.name)).toEqual(['placements', 'reports', 'funding', 'equal-treatment']);
  });

  it('gives every app its own name, specifier and path', () => {
    for (const key of ['name', 'specifier', 'path'] as const) {
      expect(new Set(APPS.map((a) => a[key])).size).toBe(APPS.length);
    }
  });

  it('reads back what the web host serves, and refuses an incomplete entry in Dutch', () => {
    expect(parseApps(JSON.parse(JSON.stringify(APPS)))).toEqual(APPS);
    expect(() => parseApps([{ name: 'sbb', path: '/sbb' }])).toThrow(/app 1 is onvolledig/);
    expect(() => parseApps({})).toThrow(/geen lijst/);
  });
});
