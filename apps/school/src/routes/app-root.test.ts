import { describe, expect, it } from 'vitest';
import { pageOf } from './app-root.tsx';

describe('pageOf', () => {
  it('finds the page and its id in the app path', () => {
    expect(pageOf('')).toEqual({ page: 'students', id: null });
    expect(pageOf('/plaatsingen/demo-placement-06')).toEqual({ page: 'placement', id: 'demo-placement-06' });
    expect(pageOf('/plaatsingen/a%2Fb')).toEqual({ page: 'placement', id: 'a/b' });
    expect(pageOf('/contactmomenten')).toEqual({ page: 'contact-moments', id: null });
    expect(pageOf('/rondes')).toEqual({ page: 'rounds', id: null });
    expect(pageOf('/rondes/r1')).toEqual({ page: 'round', id: 'r1' });
    expect(pageOf('/plaatsen/kvk-90000001-zorg')).toEqual({ page: 'place', id: 'kvk-90000001-zorg' });
    expect(pageOf('/plaatsen/')).toEqual({ page: 'not-found', id: null });
    expect(pageOf('/plaatsingen/')).toEqual({ page: 'not-found', id: null });
    expect(pageOf('/introductieweken')).toEqual({ page: 'intro-week', id: null });
    expect(pageOf('/bestaatniet')).toEqual({ page: 'not-found', id: null });
  });
});
