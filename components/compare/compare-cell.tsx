import { ratioTo } from '@/lib/compare/baseline';
import { column, factValueLabel, isFactColumn, type ColumnId } from '@/lib/compare/columns';
import type { NumberedSource } from '@/lib/compare/sources';
import type { CompareRow } from '@/lib/compare/types';
import { formatGbps, formatMpps, formatNs, formatRatio } from '@/lib/format';

export interface CompareCellProps {
  row: CompareRow;
  columnId: ColumnId;
  baseline: CompareRow | null;
  sources: ReadonlyMap<string, NumberedSource>;
  onWhy: (row: CompareRow) => void;
}

function formatted(row: CompareRow, columnId: ColumnId): string {
  const e = row.estimate;
  if (!e) return '–';
  switch (columnId) {
    case 'median':
      return formatNs(e.oneWay.medianNs);
    case 'p99':
      return formatNs(e.oneWay.p99Ns);
    case 'throughput':
      return formatMpps(e.throughput.rxMppsPerCore);
    case 'spins':
      return e.pollingCore ? 'yes' : 'no';
    default:
      return String(column(columnId).value(row) ?? '–');
  }
}

/** One cell: a number (as a ratio when a baseline is pinned) with its "Why?", or a fact with its sources. */
export function CompareCell({ row, columnId, baseline, sources, onWhy }: CompareCellProps) {
  if (isFactColumn(columnId)) {
    const fact = row.facts[columnId];
    const label = factValueLabel(row, columnId);
    return (
      <td className="cell-fact">
        {label && <strong className="fact-value">{label}</strong>}
        {fact.text}{' '}
        {fact.sources.map((s) => {
          const n = sources.get(s.url)?.n;
          return (
            <a key={s.url} className="cite" href={s.url} aria-label={`Source ${n ?? ''}: ${s.title}`}>
              [{n}]
            </a>
          );
        })}
      </td>
    );
  }
  const def = column(columnId);
  const text = formatted(row, columnId);
  if (def.kind === 'count' || def.kind === 'flag') return <td className={`cell-${def.kind}`}>{text}</td>;

  const ratio = baseline && baseline.id !== row.id ? ratioTo(row, baseline, columnId) : null;
  return (
    <td className="cell-number">
      {ratio !== null ? (
        <>
          <span className="cell-ratio">{formatRatio(ratio)}</span>
          <span className="cell-secondary">{text}</span>
        </>
      ) : (
        <span className="cell-value">{text}</span>
      )}
      {columnId === 'throughput' && row.estimate && <span className="cell-secondary">{formatGbps(row.estimate.throughput.gbpsPerCore)}</span>}
      {row.estimate && (
        <button type="button" className="why-button" onClick={() => onWhy(row)}>
          Why? <span className="visually-hidden">{`${row.name}, ${def.label}: ${text}`}</span>
        </button>
      )}
    </td>
  );
}
