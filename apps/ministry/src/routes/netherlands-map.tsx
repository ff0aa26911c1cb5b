import type { ReactNode } from 'react';

/**
 * A simplified outline of the European Netherlands (mainland; WGS84 longitude, latitude), enough to place
 * cities recognisably. Drawn from general knowledge of the border and coast, rounded to ~0.05°.
 */
const OUTLINE: readonly (readonly [number, number])[] = [
  [3.37, 51.37],
  [3.55, 51.45],
  [3.44, 51.54],
  [3.6, 51.6],
  [3.7, 51.73],
  [3.88, 51.81],
  [4.05, 51.9],
  [4.12, 51.99],
  [4.28, 52.11],
  [4.43, 52.25],
  [4.57, 52.46],
  [4.63, 52.7],
  [4.73, 52.95],
  [4.9, 52.93],
  [5.1, 53.05],
  [5.4, 53.1],
  [5.45, 53.25],
  [5.7, 53.37],
  [6.0, 53.42],
  [6.4, 53.43],
  [6.75, 53.46],
  [6.93, 53.33],
  [7.2, 53.24],
  [7.21, 52.98],
  [7.07, 52.64],
  [6.7, 52.56],
  [6.7, 52.48],
  [7.05, 52.38],
  [7.03, 52.23],
  [6.76, 52.12],
  [6.83, 51.97],
  [6.41, 51.83],
  [5.96, 51.81],
  [6.2, 51.52],
  [6.08, 51.23],
  [6.17, 51.09],
  [5.9, 51.0],
  [6.02, 50.75],
  [5.69, 50.75],
  [5.64, 50.85],
  [5.77, 51.1],
  [5.55, 51.22],
  [5.24, 51.31],
  [5.07, 51.47],
  [4.93, 51.44],
  [4.75, 51.5],
  [4.55, 51.43],
  [4.38, 51.45],
  [4.25, 51.37],
  [4.1, 51.28],
  [3.8, 51.21],
  [3.55, 51.25],
];

const WEST = 3.2;
const NORTH = 53.6;
const SCALE = 100;
const COS_LAT = Math.cos((52.2 * Math.PI) / 180);

/** Equirectangular projection around 52.2° N, in SVG units. */
export function project(longitude: number, latitude: number): { x: number; y: number } {
  return {
    x: Math.round((longitude - WEST) * COS_LAT * SCALE * 10) / 10,
    y: Math.round((NORTH - latitude) * SCALE * 10) / 10,
  };
}

const WIDTH = project(7.35, NORTH).x;
const HEIGHT = project(WEST, 50.65).y;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'cross' | 'ring';

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  shape: MarkerShape;
  colour: string;
  /** What the point says, read on hover and by the table beside the map. */
  label: string;
}

export function Marker({
  shape,
  colour,
  x,
  y,
}: {
  shape: MarkerShape;
  colour: string;
  x: number;
  y: number;
}): ReactNode {
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={5} fill={colour} stroke="#fff" strokeWidth={1} />;
    case 'square':
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={colour} stroke="#fff" strokeWidth={1} />;
    case 'triangle':
      return (
        <polygon
          points={`${x},${y - 6} ${x + 5.5},${y + 4} ${x - 5.5},${y + 4}`}
          fill={colour}
          stroke="#fff"
          strokeWidth={1}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x + 4} ${y - 4}L${x - 4} ${y + 4}`}
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={x} cy={y} r={3.5} fill="#fff" stroke={colour} strokeWidth={1.5} />;
  }
}

/**
 * A map of the Netherlands with a marker per city; shape and colour both carry the meaning (never colour alone),
 * and the same facts stand in the table beside it, which screen readers use (the map is one labelled image).
 */
export function NetherlandsMap({ points, title, id }: { points: readonly MapPoint[]; title: string; id: string }) {
  const outline = OUTLINE.map(([lon, lat]) => {
    const p = project(lon, lat);
    return `${p.x},${p.y}`;
  }).join(' ');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="stelsel-map"
      role="img"
      aria-labelledby={`${id}-title`}
      style={{ maxWidth: '28rem', width: '100%', height: 'auto' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <polygon points={outline} fill="#eef3ee" stroke="#5f6b5f" strokeWidth={1} />
      {points.map((point) => {
        const { x, y } = project(point.longitude, point.latitude);
        return (
          <g key={point.id} data-city={point.id}>
            <title>{`${point.name}: ${point.label}`}</title>
            <Marker shape={point.shape} colour={point.colour} x={x} y={y} />
          </g>
        );
      })}
    </svg>
  );
}
