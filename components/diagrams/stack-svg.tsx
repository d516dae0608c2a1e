import {
  noteIsCurrent,
  pointsAttr,
  round,
  ROWS,
  rowCenter,
  rowLabel,
  type DiagramView,
  type HostSide,
  type PathLayout,
  type Row,
  type RowState,
} from '@/lib/diagram';

export interface StackSvgProps {
  view: DiagramView;
  layout: PathLayout;
  /** The step the message is at. */
  stepIndex: number;
  /** Prefix for ids inside the SVG (the hatch pattern), unique on the page. */
  idPrefix: string;
  /** Id of the element that describes the figure in words. */
  describedBy: string;
}

const STATE_WORD: Partial<Record<RowState, string>> = { bypassed: 'bypassed', idle: 'CPU idle' };
const SIDES: readonly HostSide[] = ['sender', 'receiver'];

function HostColumn({ view, layout, side, activeRow, hatchId }: { view: DiagramView; layout: PathLayout; side: HostSide; activeRow: Row | null; hatchId: string }) {
  const { frame } = layout;
  const col = frame.columns[side];
  const labelX = col.x + col.width / 2;
  return (
    <g className={`sd-host sd-host--${side}`}>
      <rect className="sd-host-box" x={col.x} y={frame.hostTop} width={col.width} height={frame.hostBottom - frame.hostTop} rx={8} />
      <text className="sd-host-title" x={labelX} y={frame.hostTop - 10} textAnchor="middle">
        {view.hosts[side]}
      </text>
      {ROWS.map((row) => {
        const state = view.layers[side][row];
        const r = frame.rows[row];
        const word = STATE_WORD[state];
        return (
          <g key={row} className={`sd-row sd-row--${state}${row === activeRow ? ' sd-row--active' : ''}`} data-row={row} data-state={state}>
            <rect x={col.x + 2} y={r.y + 1} width={col.width - 4} height={r.height - 2} rx={4} style={state === 'bypassed' ? { fill: `url(#${hatchId})` } : undefined} />
            {word ? (
              <text className="sd-state-word" x={labelX} y={r.y + r.height / 2 + 4} textAnchor="middle">
                {word}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/**
 * The two hosts, their layers and the path: bypassed rows hatched, the route
 * drawn, the part travelled so far solid, and the message at the current stage.
 * Server-rendered for the first step; the interactive diagram renders the same
 * component, so nothing moves when it takes over.
 */
export function StackSvg({ view, layout, stepIndex, idPrefix, describedBy }: StackSvgProps) {
  const { frame, stepPoints, route, stepRouteIndex } = layout;
  const hatchId = `${idPrefix}-hatch`;
  const step = view.steps[stepIndex];
  const here = stepPoints[stepIndex] ?? route[0] ?? { x: 0, y: 0 };
  const travelled = route.slice(0, (stepRouteIndex[stepIndex] ?? 0) + 1);
  const activeSide = step && step.side !== 'wire' ? step.side : null;
  const activeRow = step && step.place !== 'wire' ? step.place : null;
  const spine = frame.columns.spine;
  const spineX = spine.x + spine.width / 2;
  const boundaryY = rowCenter(frame, 'boundary');
  const hops = view.scenario.switchHops ?? 0;

  return (
    <svg className={`sd-svg sd-svg--${layout.size}`} viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={`${view.variant.name}: stack diagram`} aria-describedby={describedBy}>
      <defs>
        <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="sd-hatch-bg" width={6} height={6} />
          <line className="sd-hatch-line" x1={0} y1={0} x2={0} y2={6} />
        </pattern>
      </defs>
      {SIDES.map((side) => (
        <HostColumn key={side} view={view} layout={layout} side={side} activeRow={side === activeSide ? activeRow : null} hatchId={hatchId} />
      ))}
      {SIDES.map((side) => {
        // Dashed across each host, not the spine, where it would strike through the row label.
        const col = frame.columns[side];
        return <line key={side} className="sd-boundary" x1={col.x} x2={col.x + col.width} y1={boundaryY} y2={boundaryY} />;
      })}
      {ROWS.map((row) => (
        <text key={row} className={`sd-row-label${row === activeRow ? ' sd-row-label--active' : ''}`} x={spineX} y={rowCenter(frame, row) + 4} textAnchor="middle">
          {rowLabel(row, view.variant)}
        </text>
      ))}
      <text className="sd-link-label" x={spineX} y={frame.height - 4} textAnchor="middle">
        {hops === 0 ? 'cable, back to back' : `${hops} switch${hops === 1 ? '' : 'es'}`}
      </text>

      <polyline className="sd-route" points={pointsAttr(route)} />
      <polyline className="sd-route-done" points={pointsAttr(travelled)} />
      {layout.start ? <rect className="sd-end" x={round(layout.start.x - 4)} y={round(layout.start.y - 4)} width={8} height={8} /> : null}
      {layout.end ? <rect className="sd-end" x={round(layout.end.x - 4)} y={round(layout.end.y - 4)} width={8} height={8} /> : null}
      {view.steps.map((s, i) => {
        const p = stepPoints[i];
        if (!p) return null;
        const phase = i < stepIndex ? 'done' : i === stepIndex ? 'current' : 'ahead';
        return (
          <g key={`${s.id}-${i}`} className={`sd-marker sd-kind-${s.kind} sd-marker--${phase}`}>
            {s.id === 'switch' || s.id === 'resp-switch' ? <rect className="sd-switch" x={round(p.x - 14)} y={round(p.y - 9)} width={28} height={18} rx={3} /> : null}
            {s.spins ? <circle className="sd-spin" cx={round(p.x)} cy={round(p.y)} r={8} /> : null}
            <circle cx={round(p.x)} cy={round(p.y)} r={4}>
              <title>{s.label}</title>
            </circle>
          </g>
        );
      })}
      {view.notes.map((note) => {
        const at = note.stages ? view.steps.findIndex((s) => s.side === note.side && note.stages?.includes(s.id) === true) : -1;
        const p = stepPoints[at];
        const col = frame.columns[note.side];
        const x = p ? p.x : note.side === 'sender' ? col.x + frame.gutter / 2 + 2 : col.x + col.width - frame.gutter / 2 - 2;
        const y = p ? p.y - 13 : rowCenter(frame, note.row);
        return (
          <g key={note.number} className={`sd-badge${noteIsCurrent(note, step) ? ' sd-badge--current' : ''}`}>
            <circle cx={round(x)} cy={round(y)} r={7} />
            <text x={round(x)} y={round(y + 3.5)} textAnchor="middle">
              {note.number}
            </text>
          </g>
        );
      })}
      <g className="sd-message" style={{ transform: `translate(${round(here.x)}px, ${round(here.y)}px)` }}>
        <circle r={7} />
      </g>
    </svg>
  );
}
