import { describe, expect, it } from 'vitest';
import { pathWithin } from './router.ts';
import { isUserError } from './user-error.ts';

describe('pathWithin', () => {
  it('gives the page under the base path', () => {
    expect(pathWithin('/bedrijf', '/bedrijf')).toBe('');
    expect(pathWithin('/bedrijf', '/bedrijf/')).toBe('');
    expect(pathWithin('/bedrijf', '/bedrijf/plaatsen/p1')).toBe('/plaatsen/p1');
    expect(pathWithin('/bedrijf', '/bedrijfsleven')).toBe('');
  });
});

describe('isUserError', () => {
  it('recognises the typed errors of a mutation union', () => {
    expect(isUserError({ __typename: 'InputError', message: 'Fout', code: 'X', field: 'title' })).toBe(true);
    expect(isUserError({ __typename: 'Place', id: 'p1' })).toBe(false);
  });
});
