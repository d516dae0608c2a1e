import { formatNs, formatShare, placeLabel, type DiagramView } from '@/lib/diagram';

export interface StageTableProps {
  view: DiagramView;
  stepIndex: number;
}

/** The path as a table: every stage, where it runs, its cost and the running total. */
export function StageTable({ view, stepIndex }: StageTableProps) {
  return (
    <table className="sd-table">
      <caption>
        {view.variant.name}: {view.steps.length} stages, {formatNs(view.totalNs)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Stage</th>
          <th scope="col">Where</th>
          <th scope="col">Cost</th>
          <th scope="col">Running total</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {view.steps.map((s, i) => (
          <tr key={`${s.id}-${i}`} aria-current={i === stepIndex ? 'step' : undefined}>
            <td>{i + 1}</td>
            <th scope="row">{s.label}</th>
            <td>{s.side === 'wire' ? 'Link' : `${view.hosts[s.side]}, ${placeLabel(view, s.place)}`}</td>
            <td>{formatNs(s.ns)}</td>
            <td>{formatNs(s.endNs)}</td>
            <td>{formatShare(s.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
