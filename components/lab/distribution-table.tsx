import { formatNs } from '@/lib/format';
import { TECHNIQUES } from '@/lib/model';
import type { DistributionResult } from './use-distribution';

export interface DistributionTableProps {
  result: DistributionResult;
}

/** The drawn distribution's percentiles beside estimate()'s, which come from the same model. */
export function DistributionTable({ result }: DistributionTableProps) {
  const { percentiles: p, estimate: e } = result;
  const rows: [string, number, number | null][] = [
    ['p50 (median)', p.p50, e.oneWay.medianNs],
    ['p90', p.p90, null],
    ['p99', p.p99, e.oneWay.p99Ns],
    ['p99.9', p.p999, e.oneWay.p999Ns],
    ['largest sample', p.max, null],
  ];
  return (
    <div className="table-wrap lab-table" role="region" aria-label="Latency distribution table" tabIndex={0}>
      <table>
        <caption>
          {TECHNIQUES[result.technique].name}, one-way latency: {result.samples.toLocaleString('en-US')} samples, seed {result.seed}
        </caption>
        <thead>
          <tr>
            <th scope="col">Percentile</th>
            <th scope="col">From the samples</th>
            <th scope="col">From estimate()</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, sampled, exact]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{formatNs(sampled)}</td>
              <td>{exact === null ? '–' : formatNs(exact)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
