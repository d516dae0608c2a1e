import { formatNs, formatShare, whereLabel, type DiagramView } from '@/lib/diagram';

export interface StepPanelProps {
  view: DiagramView;
  stepIndex: number;
  /** Compare mode: where the other path's message is at the same moment. */
  meanwhile?: string;
}

/** The current step in words: where the message is, what happens there, what it costs. */
export function StepPanel({ view, stepIndex, meanwhile }: StepPanelProps) {
  const step = view.steps[stepIndex];
  if (!step) return null;
  return (
    <div className={`sd-step sd-kind-${step.kind}`}>
      <p className="sd-step-where">{`Step ${stepIndex + 1} of ${view.steps.length} · ${whereLabel(view, step)}`}</p>
      <p className="sd-step-title">
        <strong>{step.label}</strong>
      </p>
      <p className="sd-step-cost">
        <span>
          This step <strong>{formatNs(step.ns)}</strong> ({formatShare(step.share)})
        </span>
        <span>
          Running total <strong>{formatNs(step.endNs)}</strong> of {formatNs(view.totalNs)}
        </span>
      </p>
      <p className="sd-step-desc">{step.description}</p>
      {meanwhile ? <p className="sd-step-meanwhile">{meanwhile}</p> : null}
    </div>
  );
}
