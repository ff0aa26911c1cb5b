import { describe, expect, it } from 'vitest';
import { mapPoints, WEEK_MARKERS } from './equal-treatment-page.tsx';
import { project } from './netherlands-map.tsx';

const city = (
  code: string,
  name: string,
  latitude: number | null,
  longitude: number | null,
  introWeek: 'OPEN' | 'IN_TALKS' | null,
) => ({
  municipality: { code, name, latitude, longitude },
  introWeek,
  introWeekLastYear: null,
  participants: null,
  studentSport: null,
  studentSportLastYear: null,
});

describe('the equal-treatment map', () => {
  it('puts the north above the south and the west left of the east', () => {
    const groningen = project(6.567, 53.219);
    const maastricht = project(5.691, 50.851);
    const vlissingen = project(3.574, 51.442);
    expect(groningen.y).toBeLessThan(maastricht.y);
    expect(vlissingen.x).toBeLessThan(maastricht.x);
    expect(vlissingen.x).toBeGreaterThan(0);
  });

  it('marks every city with coordinates by its status, shape and colour together, and skips cities without', () => {
    const points = mapPoints([
      city('0599', 'Rotterdam', 51.924, 4.478, 'OPEN'),
      city('0772', 'Eindhoven', 51.441, 5.478, null),
      city('9999', 'Nergens', null, null, 'IN_TALKS'),
    ]);
    expect(points.map((p) => [p.id, p.shape, p.colour])).toEqual([
      ['0599', WEEK_MARKERS.OPEN.shape, WEEK_MARKERS.OPEN.colour],
      ['0772', 'ring', WEEK_MARKERS.NONE.colour],
    ]);
    expect(points[0]?.label).toBe('introductieweek open (vorig jaar: geen gegevens)');
  });

  it('tells every status apart by shape alone', () => {
    const shapes = Object.values(WEEK_MARKERS).map((m) => m.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
