import { type ReactNode, useId } from 'react';
import { DataTable } from './data-table.tsx';
import type { Column } from './data-table-model.ts';

export interface BarDatum {
  key: string;
  label: string;
  /** Null: not shown (e.g. a suppressed count); the table says why. */
  value: number | null;
  /** The value as people read it ("12,5%", "1.204"). */
  display: string;
}

export interface BarChartProps {
  /** Names the chart and its table. */
  title: string;
  /** One or two sentences saying what the chart shows (read by screen readers, shown under the title). */
  summary: ReactNode;
  data: readonly BarDatum[];
  /** Column headers of the table alternative. */
  labelHeader: string;
  valueHeader: string;
  /** A reference line, e.g. the 35% bbl ambition. */
  reference?: { value: number; label: string };
  /** Largest value of the axis; defaults to the largest value (or the reference). */
  max?: number;
}

const BAR = 22;
const GAP = 8;
const LABEL_WIDTH = 210;
const WIDTH = 640;
const VALUE_ROOM = 70;

/**
 * A horizontal bar chart in plain SVG (no chart library: nothing to download, nothing inaccessible
 * hidden in canvas), always with the same data as a table right under it (WCAG 1.1.1). The SVG is
 * an image with a text alternative; the table is the accessible form of the numbers.
 */
export function BarChart({ title, summary, data, labelHeader, valueHeader, reference, max }: BarChartProps) {
  const id = useId();
  const top = Math.max(max ?? 0, reference?.value ?? 0, ...data.map((d) => d.value ?? 0), 1e-9);
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const x = (value: number) => LABEL_WIDTH + (Math.max(0, value) / top) * plot;
  const height = data.length * (BAR + GAP) + GAP + (reference ? 20 : 0);
  const columns: Column<BarDatum>[] = [
    { key: 'label', header: labelHeader, rowHeader: true, cell: (d) => d.label },
    { key: 'value', header: valueHeader, numeric: true, cell: (d) => d.display },
  ];
  return (
    <figure className="stelsel-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="stelsel-chart__title">
        {title}
      </figcaption>
      <p id={`${id}-summary`}>{summary}</p>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="stelsel-chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title>{title}</title>
        {data.map((d, i) => {
          const y = GAP + i * (BAR + GAP);
          return (
            <g key={d.key}>
              <text x={LABEL_WIDTH - 8} y={y + BAR * 0.7} textAnchor="end" className="stelsel-chart__label">
                {d.label.length > 28 ? `${d.label.slice(0, 27)}…` : d.label}
              </text>
              {d.value !== null ? (
                <rect
                  x={LABEL_WIDTH}
                  y={y}
                  width={Math.max(1, x(d.value) - LABEL_WIDTH)}
                  height={BAR}
                  className="stelsel-chart__bar"
                />
              ) : null}
              <text
                x={(d.value !== null ? x(d.value) : LABEL_WIDTH) + 6}
                y={y + BAR * 0.7}
                className="stelsel-chart__value"
              >
                {d.display}
              </text>
            </g>
          );
        })}
        {reference ? (
          <g>
            <line
              x1={x(reference.value)}
              x2={x(reference.value)}
              y1={0}
              y2={height - 18}
              className="stelsel-chart__reference"
            />
            <text x={x(reference.value)} y={height - 4} textAnchor="middle" className="stelsel-chart__value">
              {reference.label}
            </text>
          </g>
        ) : null}
      </svg>
      <details className="stelsel-chart__table">
        <summary>Toon de gegevens als tabel</summary>
        <DataTable
          caption={title}
          columns={columns}
          rows={data}
          rowKey={(d) => d.key}
          csvName={title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}
        />
      </details>
    </figure>
  );
}
