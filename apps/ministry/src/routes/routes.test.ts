import { pathWithin } from '@stelsel/client';
import { describe, expect, it } from 'vitest';
import { routeFor } from './routes.ts';

const at = (pathname: string) => routeFor(pathWithin('/ministerie', pathname))?.id ?? null;

describe('routeFor', () => {
  it('finds the page for a path under the base path, and none for an unknown path', () => {
    expect(at('/ministerie')).toBe('allocations');
    expect(at('/ministerie/')).toBe('allocations');
    expect(at('/ministerie/stagetekorten')).toBe('shortages');
    expect(at('/ministerie/stagetekorten/')).toBe('shortages');
    expect(at('/ministerie/boeken-en-kaarten')).toBe('student-measures');
    expect(at('/ministerie/gelijke-behandeling')).toBe('equal-treatment');
    expect(at('/ministerie/meldingen')).toBe('reports');
    expect(at('/ministerie/onbekend')).toBeNull();
  });
});
