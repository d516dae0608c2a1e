import { useId } from 'react';
import { formatCount, lowerFirst, type DiagramView } from '@/lib/diagram';

export interface CountersProps {
  view: DiagramView;
}

/** Whether and where a core spins for this message, read from the path's steps. */
function spinSentence(view: DiagramView): string {
  const spin = view.steps.find((s) => s.spins);
  if (spin && spin.side !== 'wire') return `The ${view.hosts[spin.side].toLowerCase()} keeps a core spinning (${lowerFirst(spin.label)}): busy even when no message comes.`;
  if (view.estimate.counts.interrupts > 0) return 'No core spins: the receiver sleeps until an interrupt wakes it.';
  return 'No core waits for this message on the path.';
}

/** The model's per-message counts on the receiving host (for a READ or an atomic, the responder). */
export function Counters({ view }: CountersProps) {
  const titleId = `${useId()}-counts`;
  const { counts } = view.estimate;
  const items: [string, number][] = [
    ['System calls', counts.syscalls],
    ['Copies', counts.copies],
    ['Interrupts', counts.interrupts],
    ['Context switches', counts.contextSwitches],
  ];
  return (
    <div className="sd-counters" role="group" aria-labelledby={titleId}>
      <p className="sd-counters-title" id={titleId}>
        Per message on the {view.hosts.receiver.toLowerCase()} ({view.variant.name})
      </p>
      <dl>
        {items.map(([label, n]) => (
          <div key={label} className={n === 0 ? 'sd-count sd-count--zero' : 'sd-count'}>
            <dt>{label}</dt>
            <dd>{formatCount(n)}</dd>
          </div>
        ))}
      </dl>
      <p className="sd-counters-spin">{spinSentence(view)}</p>
    </div>
  );
}
