import { formatNs, formatShare, type DiagramView } from '@/lib/diagram';
import type { StageKind } from '@/lib/model';

export interface WaterfallProps {
  /** One bar per path; with two, both share one time scale. */
  rows: readonly { view: DiagramView; stepIndex: number }[];
}

const KIND_LABELS: Readonly<Record<StageKind, string>> = {
  cpu: 'user-space CPU',
  kernel: 'kernel CPU',
  pcie: 'PCIe',
  nic: 'NIC',
  wire: 'wire',
  wait: 'waiting',
};

/**
 * Every stage's share of the total as a segment of one bar. The bar is a
 * picture of the table view (which carries the same numbers for screen readers),
 * so it is hidden from assistive technology.
 */
export function Waterfall({ rows }: WaterfallProps) {
  const longestNs = Math.max(...rows.map((r) => r.view.totalNs), 1);
  const kinds = new Set(rows.flatMap((r) => r.view.steps.map((s) => s.kind)));
  return (
    <div className="sd-waterfall">
      <p className="sd-waterfall-title">Where the time goes</p>
      {rows.map(({ view, stepIndex }) => (
        <div key={view.variant.id} className="sd-waterfall-row">
          <p className="sd-waterfall-name">
            {view.variant.name} <span>{formatNs(view.totalNs)}</span>
          </p>
          <div className="sd-waterfall-track" aria-hidden="true">
            <div className="sd-waterfall-bar" style={{ width: `${((100 * view.totalNs) / longestNs).toFixed(2)}%` }}>
              {view.steps.map((s, i) => (
                <span
                  key={`${s.id}-${i}`}
                  className={`sd-seg sd-kind-${s.kind}${i < stepIndex ? ' sd-seg--done' : i === stepIndex ? ' sd-seg--current' : ''}`}
                  style={{ flexGrow: s.ns }}
                  title={`${s.label}: ${formatNs(s.ns)} (${formatShare(s.share)})`}
                />
              ))}
            </div>
          </div>
        </div>
      ))}
      <ul className="sd-legend">
        {(Object.keys(KIND_LABELS) as StageKind[])
          .filter((k) => kinds.has(k))
          .map((k) => (
            <li key={k}>
              <span className={`sd-swatch sd-kind-${k}`} aria-hidden="true" />
              {KIND_LABELS[k]}
            </li>
          ))}
      </ul>
    </div>
  );
}
