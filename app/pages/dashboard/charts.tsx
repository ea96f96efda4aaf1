// Small SVG charts, drawn here rather than with a library (a few hundred bytes, in the dashboard chunk
// only). Each is a <figure> whose caption names it; the drawing is aria-hidden and a visually hidden table
// gives every value as text, for screen readers and for anyone who copies the numbers.
import { For, Show } from 'solid-js';
import { formatCount } from './format';
import { dt } from './strings';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

function DataTable(props: { title: string; rows: ChartRow[]; head: string }) {
  return (
    <table class="sr-only" data-testid="chart-table">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col">{dt('conversations')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td>{formatCount(row.value)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** Horizontal bars, one per row, largest first, with the label and the value beside each bar. */
export function BarChart(props: { id: string; title: string; head: string; rows: ChartRow[] }) {
  const sorted = () => [...props.rows].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const max = () => Math.max(1, ...props.rows.map((r) => r.value));
  const ROW = 28;
  return (
    <figure class="dash-chart" data-testid={props.id}>
      <figcaption>{props.title}</figcaption>
      <Show when={props.rows.length > 0} fallback={<p class="dash-empty">{dt('chartNone')}</p>}>
        <svg class="dash-bars" viewBox={`0 0 320 ${sorted().length * ROW}`} width="100%" aria-hidden="true">
          <For each={sorted()}>
            {(row, i) => (
              <g transform={`translate(0 ${i() * ROW})`}>
                <text x="0" y="18" class="dash-label">
                  {row.label.length > 19 ? `${row.label.slice(0, 18)}…` : row.label}
                </text>
                <rect x="120" y="6" height="16" rx="3" width={Math.max(row.value > 0 ? 2 : 0, (row.value / max()) * 160)} class="dash-bar" />
                <text x={126 + (row.value / max()) * 160} y="18" class="dash-value">
                  {formatCount(row.value)}
                </text>
              </g>
            )}
          </For>
        </svg>
        <DataTable title={props.title} rows={sorted()} head={props.head} />
      </Show>
    </figure>
  );
}

/** Vertical columns in the given order (days), the first and last day labelled under the axis. */
export function ColumnChart(props: { id: string; title: string; head: string; rows: ChartRow[] }) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.value));
  const W = 320;
  const H = 120;
  const step = () => W / Math.max(1, props.rows.length);
  return (
    <figure class="dash-chart" data-testid={props.id}>
      <figcaption>{props.title}</figcaption>
      <Show when={props.rows.length > 0} fallback={<p class="dash-empty">{dt('chartNone')}</p>}>
        <svg class="dash-columns" viewBox={`0 0 ${W} ${H + 18}`} width="100%" aria-hidden="true">
          <line x1="0" x2={W} y1={H} y2={H} class="dash-axis" />
          <For each={props.rows}>
            {(row, i) => {
              const h = () => (row.value / max()) * (H - 14);
              return <rect x={i() * step() + step() * 0.15} width={step() * 0.7} y={H - h()} height={h()} rx="2" class="dash-bar" />;
            }}
          </For>
          <text x="0" y={H + 14} class="dash-label">
            {props.rows[0]?.label}
          </text>
          <text x={W} y={H + 14} text-anchor="end" class="dash-label">
            {props.rows.at(-1)?.label}
          </text>
          <text x={W} y="10" text-anchor="end" class="dash-value">
            {formatCount(max())}
          </text>
        </svg>
        <DataTable title={props.title} rows={props.rows} head={props.head} />
      </Show>
    </figure>
  );
}
