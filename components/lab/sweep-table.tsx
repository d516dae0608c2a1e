import { formatBytes } from '@/lib/lab/axes';
import type { SweepRow } from '@/lib/lab/series';
import { TECHNIQUES, type TechniqueId } from '@/lib/model';

export interface SweepTableProps {
  rows: readonly SweepRow[];
  techniques: readonly TechniqueId[];
  caption: string;
  format: (value: number) => string;
}

/** A payload sweep as a table: a message size per row, a technique per column. */
export function SweepTable({ rows, techniques, caption, format }: SweepTableProps) {
  return (
    <div className="table-wrap lab-table" role="region" aria-label={`${caption} table`} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Message size</th>
            {techniques.map((t) => (
              <th key={t} scope="col">
                {TECHNIQUES[t].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.payloadBytes}>
              <th scope="row">{formatBytes(r.payloadBytes)}</th>
              {techniques.map((t) => {
                const v = r[t];
                return <td key={t}>{v === undefined ? '–' : format(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
