import { describe, expect, it } from 'vitest';
import { routeFor } from './routes.ts';

describe('routeFor', () => {
  it('finds the page for a path under the base path', () => {
    expect(routeFor('/ministerie', '/ministerie').id).toBe('allocations');
    expect(routeFor('/ministerie', '/ministerie/').id).toBe('allocations');
    expect(routeFor('/ministerie', '/ministerie/stagetekorten').id).toBe('shortages');
    expect(routeFor('/ministerie', '/ministerie/stagetekorten/').id).toBe('shortages');
    expect(routeFor('/ministerie', '/ministerie/onbekend').id).toBe('allocations');
  });
});
