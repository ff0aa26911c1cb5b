import type { SessionUser } from '@stelsel/client';
import { APPS } from '@stelsel/topology';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentApps, decideScreen, isAppActive, loadApps, setApps } from './routes.ts';

beforeAll(() => setApps(APPS));

const person = (role: SessionUser['role']): SessionUser => ({
  subject: `demo-${role}`,
  name: 'Demo',
  role,
  organisation: 'x',
});

describe('decideScreen', () => {
  it('shows only the login to someone not logged in, whatever the path', () => {
    for (const path of ['/', '/school', '/ministerie', '/onbekend']) {
      expect(decideScreen(path, null)).toEqual({ kind: 'login' });
    }
  });

  it("opens an app's public page without login, and for every role, but nothing beside it", () => {
    for (const user of [null, person('company'), person('student')]) {
      expect(decideScreen('/student/melding-volgen', user)).toMatchObject({ kind: 'app', app: { name: 'student' } });
      expect(decideScreen('/student/melding-volgen/', user)).toMatchObject({ kind: 'app', app: { name: 'student' } });
    }
    expect(decideScreen('/student/melding-volgen/x', null)).toEqual({ kind: 'login' });
    expect(decideScreen('/student/melden', null)).toEqual({ kind: 'login' });
    expect(isAppActive(APPS.find((a) => a.name === 'student') as never, '/student/melding-volgen', null)).toBe(true);
  });

  it('sends each role from the start page to its own app', () => {
    expect(decideScreen('/', person('institution'))).toEqual({ kind: 'redirect', to: '/school' });
    expect(decideScreen('/', person('company'))).toEqual({ kind: 'redirect', to: '/bedrijf' });
    expect(decideScreen('/', person('municipality'))).toEqual({ kind: 'redirect', to: '/gemeente' });
    expect(decideScreen('/', person('ministry'))).toEqual({ kind: 'redirect', to: '/ministerie' });
    expect(decideScreen('/', person('student'))).toEqual({ kind: 'redirect', to: '/student' });
  });

  it('gives every role at most one app, and every app its own path and specifier', () => {
    expect(new Set(APPS.map((app) => app.roles[0])).size).toBe(APPS.length);
    for (const key of ['path', 'specifier'] as const) {
      expect(new Set(APPS.map((app) => app[key])).size).toBe(APPS.length);
    }
  });

  it('tells roles without an app so, politely (a partner uses the API)', () => {
    expect(decideScreen('/', person('partner'))).toEqual({ kind: 'no-app-for-role', role: 'partner' });
  });

  it('opens the SBB app for SBB', () => {
    expect(decideScreen('/', person('sbb'))).toEqual({ kind: 'redirect', to: '/sbb' });
  });

  it("refuses another role's app and points to the own one", () => {
    const screen = decideScreen('/ministerie/details', person('institution'));
    expect(screen.kind).toBe('wrong-role');
    if (screen.kind === 'wrong-role') {
      expect(screen.app.path).toBe('/ministerie');
      expect(screen.own?.path).toBe('/school');
    }
  });

  it('does not confuse a path that merely starts with an app path', () => {
    expect(decideScreen('/schoolplein', person('institution'))).toEqual({ kind: 'not-found' });
    expect(decideScreen('/studenten', person('student'))).toEqual({ kind: 'not-found' });
  });

  it('mounts the student app under its pages for a student only', () => {
    expect(decideScreen('/student/keuzes', person('student'))).toMatchObject({
      kind: 'app',
      app: { specifier: '@stelsel/student' },
    });
    const screen = decideScreen('/student', person('institution'));
    expect(screen.kind).toBe('wrong-role');
    if (screen.kind === 'wrong-role') expect(screen.own?.path).toBe('/school');
  });

  it('handles the login callback before anything else', () => {
    expect(decideScreen('/auth/callback', null)).toEqual({ kind: 'callback' });
  });
});

describe('isAppActive', () => {
  it('activates exactly one app, only for its own role', () => {
    const active = APPS.filter((app) => isAppActive(app, '/gemeente', person('municipality')));
    expect(active.map((a) => a.specifier)).toEqual(['@stelsel/municipality']);
    expect(APPS.some((app) => isAppActive(app, '/gemeente', person('ministry')))).toBe(false);
    expect(APPS.some((app) => isAppActive(app, '/gemeente', null))).toBe(false);
  });
});

describe('the app list at run time', () => {
  it('routes to an app that only the served /apps.json knows, without a new shell build', async () => {
    const sbb = {
      name: 'sbb',
      specifier: '@stelsel/sbb',
      path: '/sbb',
      roles: ['sbb'],
      label: 'Erkenningen',
      title: 'SBB',
    };
    const served = [...APPS, sbb];
    const fetchFn = (async () => new Response(JSON.stringify(served))) as unknown as typeof fetch;
    try {
      setApps(await loadApps(fetchFn));
      expect(currentApps()).toHaveLength(APPS.length + 1);
      expect(decideScreen('/', person('sbb'))).toEqual({ kind: 'redirect', to: '/sbb' });
      expect(decideScreen('/sbb/x', person('sbb'))).toMatchObject({ kind: 'app', app: { specifier: '@stelsel/sbb' } });
    } finally {
      setApps(APPS);
    }
  });

  it('keeps public pages from the served list, and refuses one outside its app', async () => {
    const served = (apps: unknown) => (async () => new Response(JSON.stringify(apps))) as unknown as typeof fetch;
    const student = APPS.find((app) => app.name === 'student');
    expect((await loadApps(served(APPS))).find((app) => app.name === 'student')?.publicPages).toEqual(
      student?.publicPages,
    );
    const outside = { ...student, publicPages: [{ path: '/ministerie/geheim', label: 'Geheim' }] };
    await expect(loadApps(served([outside]))).rejects.toThrow('openbare pagina zonder label of buiten /student/');
  });

  it('refuses a broken app list in Dutch', async () => {
    const fetchFn = (async () => new Response('{}', { status: 500 })) as unknown as typeof fetch;
    await expect(loadApps(fetchFn)).rejects.toThrow('/apps.json gaf status 500');
  });
});
