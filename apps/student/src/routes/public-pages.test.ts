import { APPS } from '@stelsel/topology';
import { describe, expect, it } from 'vitest';
import { PUBLIC_PATHS } from './paths.ts';

describe('public pages', () => {
  it('are the ones the app list in @stelsel/topology tells the shell to open without login', () => {
    const entry = APPS.find((app) => app.name === 'student');
    expect(entry).toBeDefined();
    const listed = (entry?.publicPages ?? []).map((page) => page.path);
    expect(listed).toEqual(PUBLIC_PATHS.map((path) => `${entry?.path}${path}`));
  });
});
