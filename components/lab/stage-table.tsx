import { formatNs } from '@/lib/format';
import type { Breakdown } from '@/lib/lab/series';

export interface StageTableProps {
  breakdown: Breakdown;
}

/** The stage breakdown as a table: a stage per row, a technique per column, blank where a path skips a stage. */
export function StageTable({ breakdown }: StageTableProps) {
  return (
    <div className="table-wrap lab-table" role="region" aria-label="Stage breakdown table" tabIndex={0}>
      <table>
        <caption>One-way median by stage, ns, in path order</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {breakdown.techniques.map((t) => (
              <th key={t.id} scope="col">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {breakdown.keys.map((k) => (
            <tr key={k.key}>
              <th scope="row">{k.label}</th>
              {breakdown.techniques.map((t) => {
                const s = t.stages.find((x) => x.key === k.key);
                return <td key={t.id}>{s ? formatNs(s.ns) : ''}</td>;
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total (median)</th>
            {breakdown.techniques.map((t) => (
              <td key={t.id}>{formatNs(t.medianNs)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
