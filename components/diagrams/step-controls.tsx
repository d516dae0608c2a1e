export type StepAction = 'first' | 'prev' | 'toggle' | 'next' | 'last';

export interface StepControlsProps {
  stepIndex: number;
  stepCount: number;
  playing: boolean;
  /** Absent in the server-rendered first step: the buttons show, disabled, until the diagram is live. */
  onAction?: (action: StepAction) => void;
}

/**
 * First, back, play, next, last. At either end the buttons that cannot move
 * are aria-disabled rather than disabled, so the one holding focus keeps it.
 */
export function StepControls({ stepIndex, stepCount, playing, onAction }: StepControlsProps) {
  const atStart = stepIndex <= 0;
  const atEnd = stepIndex >= stepCount - 1;
  const button = (action: StepAction, label: string, blocked: boolean, extra?: { pressed?: boolean }) => (
    <button
      type="button"
      className={`sd-button sd-button--${action}`}
      disabled={!onAction}
      aria-disabled={onAction && blocked ? true : undefined}
      aria-pressed={extra?.pressed}
      onClick={onAction && !blocked ? () => onAction(action) : undefined}
    >
      {label}
    </button>
  );
  return (
    <div className="sd-controls" role="group" aria-label="Step through the path">
      {button('first', 'First', atStart)}
      {button('prev', 'Back', atStart)}
      {button('toggle', playing ? 'Pause' : 'Play', false)}
      {button('next', 'Next', atEnd)}
      {button('last', 'Last', atEnd)}
    </div>
  );
}
