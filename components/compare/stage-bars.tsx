import { formatNs } from '@/lib/format';
import { STAGE_INFO, type Stage } from '@/lib/model';

export interface StageBarsProps {
  stages: readonly Stage[];
}

const SIDE: Record<Stage['side'], string> = { sender: 'sender', wire: 'wire', receiver: 'receiver' };

/**
 * A stage breakdown drawn with HTML and CSS only, so that "Why?" on the
 * comparison table needs no chart library: one bar per stage, in path order,
 * each as long as its share of the largest stage.
 */
export function StageBars({ stages }: StageBarsProps) {
  const largest = Math.max(...stages.map((s) => s.ns), 1);
  return (
    <ol className="stage-bars">
      {stages.map((s, i) => (
        <li key={`${s.id}-${i}`} className={`stage stage-${s.side}`}>
          <span className="stage-label">
            {s.label} <span className="stage-side">{SIDE[s.side]}</span>
          </span>
          <span className="stage-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0.5, (100 * s.ns) / largest)}%`, background: `var(--layer-${s.layer})` }} />
          </span>
          <span className="stage-ns">{formatNs(s.ns)}</span>
          <span className="stage-desc">{STAGE_INFO[s.id].description}</span>
        </li>
      ))}
    </ol>
  );
}
