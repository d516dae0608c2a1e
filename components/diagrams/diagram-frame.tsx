import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { conditions, describeParts, FRAMES, layoutPath, meanwhile, type DiagramSize, type DiagramView, type PathVariantId } from '@/lib/diagram';
import { Counters } from './counters';
import { DiagramNotes } from './diagram-notes';
import { StackSvg } from './stack-svg';
import { StageTable } from './stage-table';
import { StepControls, type StepAction } from './step-controls';
import { StepPanel } from './step-panel';
import { TechniquePicker } from './technique-picker';
import { Waterfall } from './waterfall';

/** What the interactive diagram adds to the server-rendered one. */
export interface LiveHandlers {
  playing: boolean;
  /** What the live region says; empty until the learner moves. */
  announcement: string;
  /** The scenario the model refused, if any (the diagram then shows the defaults). */
  scenarioError: string | null;
  onAction: (action: StepAction) => void;
  onVariant: (id: PathVariantId) => void;
  onCompare: (id: PathVariantId | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export interface DiagramFrameProps {
  view: DiagramView;
  compareView: DiagramView | null;
  stepIndex: number;
  /** Unique on the page: every id inside the figure starts with it. */
  idPrefix: string;
  /** The payload and link-speed fields: plain and disabled when server-rendered, bound to the store when live. */
  scenario: ReactNode;
  live?: LiveHandlers;
}

/**
 * The whole stack diagram as a figure. The server renders it at the first step
 * with its controls disabled; the interactive diagram renders the same frame
 * with `live`, so the page neither jumps nor changes shape when it takes over.
 */
export function DiagramFrame({ view, compareView, stepIndex, idPrefix, scenario, live }: DiagramFrameProps) {
  const captionId = `${idPrefix}-caption`;
  const other = compareView ? meanwhile(view, stepIndex, compareView) : null;
  const description = describeParts(view, stepIndex);
  const panes = compareView && other ? [{ v: view, at: stepIndex }, { v: compareView, at: other.index }] : [{ v: view, at: stepIndex }];
  // Live, one path gets both drawings and CSS shows the one that fits (full in a
  // lesson column, compact on a phone); compare mode always uses the compact one.
  // The server sends only the full drawing, letterboxed on a phone in a box of the
  // compact one's shape, so nothing moves when the live diagram takes over.
  const sizes: readonly DiagramSize[] = compareView ? ['compact'] : live ? ['full', 'compact'] : ['full'];
  const ratios = { '--sd-ratio-full': `${FRAMES.full.width} / ${FRAMES.full.height}`, '--sd-ratio-compact': `${FRAMES.compact.width} / ${FRAMES.compact.height}` } as CSSProperties;

  return (
    <figure className={`sd${compareView ? ' sd--compare' : ''}`} aria-labelledby={captionId} onKeyDown={live?.onKeyDown} data-live={live ? 'true' : 'false'}>
      <div className="sd-toolbar">
        <TechniquePicker idPrefix={idPrefix} variant={view.variant.id} compare={compareView?.variant.id ?? null} onVariant={live?.onVariant} onCompare={live?.onCompare} />
        {scenario}
      </div>
      {live?.scenarioError ? (
        <p className="sd-error" role="alert">
          The shared scenario is out of range ({live.scenarioError}); the diagram shows the default scenario instead.
        </p>
      ) : null}
      <div
        className="sd-canvas"
        tabIndex={0}
        role="group"
        aria-label="Stack diagram. Arrow keys step through the path, Home and End jump to either end, space plays and pauses."
        aria-describedby={captionId}
      >
        <div className="sd-panes">
          {panes.map(({ v, at }, i) => (
            <div className="sd-pane" key={`${v.variant.id}-${i}`}>
              {compareView ? <p className="sd-pane-title">{v.variant.name}</p> : null}
              <div className="sd-drawing" style={ratios}>
                {sizes.map((size) => (
                  <StackSvg key={size} view={v} layout={layoutPath(v, size)} stepIndex={at} idPrefix={`${idPrefix}-${i}-${size}`} describedBy={captionId} />
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
      <StepControls stepIndex={stepIndex} stepCount={view.steps.length} playing={live?.playing ?? false} onAction={live?.onAction} />
      <StepPanel view={view} stepIndex={stepIndex} meanwhile={other?.text} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {live?.announcement ?? ''}
      </p>
      <Waterfall rows={panes.map(({ v, at }) => ({ view: v, stepIndex: at }))} />
      <div className="sd-details">
        {panes.map(({ v, at }, i) => (
          <div className="sd-detail" key={`${v.variant.id}-${i}`}>
            <DiagramNotes view={v} stepIndex={at} heading={compareView ? `What to notice: ${v.variant.name}` : 'What to notice'} />
            <Counters view={v} />
          </div>
        ))}
      </div>
      <p className="sd-conditions">{conditions(view)}</p>
      <details className="sd-table-view">
        <summary>Show as table</summary>
        {panes.map(({ v, at }, i) => (
          <StageTable key={`${v.variant.id}-${i}`} view={v} stepIndex={at} />
        ))}
      </details>
      <figcaption id={captionId} className="sd-caption">
        {description.summary}
        {compareView ? ` ${describeParts(compareView, other?.index ?? 0).summary}` : null}
        <span className="visually-hidden">
          {' '}
          {description.route} {description.now}
          {other ? ` ${other.text}` : null}
        </span>
      </figcaption>
    </figure>
  );
}
