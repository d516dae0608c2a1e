/**
 * Where things go in the diagram's SVG: two host columns with the row labels
 * between them, the link underneath. Each host's stages are spread left to
 * right in path order, so the message moves with every step and the route
 * never doubles back on itself: down the sender, along the cable, up the
 * receiver (and back again for a READ or an atomic).
 */
import type { DiagramView } from './build';
import { isHostRow, ROWS, type HostSide, type Row } from './rows';

export type DiagramSize = 'full' | 'compact';

export interface Point {
  x: number;
  y: number;
}

export interface Column {
  x: number;
  width: number;
}

export interface Frame {
  width: number;
  height: number;
  columns: Readonly<Record<HostSide | 'spine', Column>>;
  /** Badge area at each host's outer edge. */
  gutter: number;
  rows: Readonly<Record<Row, { y: number; height: number }>>;
  hostTop: number;
  hostBottom: number;
  /** The cable a message crosses on its way out, and the one a READ's response comes back on. */
  cableY: number;
  responseCableY: number;
}

const ROW_HEIGHTS: Readonly<Record<Row, number>> = { app: 34, library: 34, boundary: 26, socket: 28, protocol: 28, driver: 28, irq: 28, pcie: 30, nic: 34 };
const HOST_TOP = 30;
const ROWS_TOP = HOST_TOP + 4;

function makeFrame(width: number, hostWidth: number, gutter: number): Frame {
  const rows = {} as Record<Row, { y: number; height: number }>;
  let y = ROWS_TOP;
  for (const row of ROWS) {
    rows[row] = { y, height: ROW_HEIGHTS[row] };
    y += ROW_HEIGHTS[row];
  }
  const margin = 6;
  return {
    width,
    height: y + 64,
    columns: {
      sender: { x: margin, width: hostWidth },
      spine: { x: margin + hostWidth, width: width - 2 * (margin + hostWidth) },
      receiver: { x: width - margin - hostWidth, width: hostWidth },
    },
    gutter,
    rows,
    hostTop: HOST_TOP,
    hostBottom: y + 2,
    cableY: y + 22,
    responseCableY: y + 40,
  };
}

/** `full` fills a lesson column; `compact` is half of compare mode's pair. */
export const FRAMES: Readonly<Record<DiagramSize, Frame>> = {
  full: makeFrame(720, 262, 22),
  compact: makeFrame(440, 150, 20),
};

export function rowCenter(frame: Frame, row: Row): number {
  const r = frame.rows[row];
  return r.y + r.height / 2;
}

/** The span of a host column where stage markers go (the gutter is on the outer edge). */
export function markerSpan(frame: Frame, side: HostSide): { left: number; right: number } {
  const c = frame.columns[side];
  return side === 'sender'
    ? { left: c.x + frame.gutter + 4, right: c.x + c.width - 8 }
    : { left: c.x + 8, right: c.x + c.width - frame.gutter - 4 };
}

export interface PathLayout {
  size: DiagramSize;
  frame: Frame;
  /** One point per step, in step order. */
  stepPoints: Point[];
  start: Point | null;
  end: Point | null;
  /** The route as an orthogonal polyline through every point. */
  route: Point[];
  /** For each step, the index of its point in `route`: the route up to it is the part travelled. */
  stepRouteIndex: number[];
}

type Slot = { kind: 'start' } | { kind: 'end' } | { kind: 'step'; index: number };

function hostSlots(view: DiagramView, side: HostSide): Slot[] {
  const slots: Slot[] = [];
  if (side === 'sender' && view.ends.start) slots.push({ kind: 'start' });
  view.steps.forEach((s, index) => {
    if (s.side === side && isHostRow(s.place)) slots.push({ kind: 'step', index });
  });
  if (view.ends.end?.side === side) slots.push({ kind: 'end' });
  return slots;
}

function placeWireRuns(view: DiagramView, frame: Frame, points: (Point | undefined)[]): void {
  const steps = view.steps;
  let i = 0;
  while (i < steps.length) {
    if (steps[i]?.place !== 'wire') {
      i++;
      continue;
    }
    let j = i;
    while (steps[j]?.place === 'wire') j++;
    const before = points[i - 1];
    const after = points[j];
    const fromSide = steps[i - 1]?.side ?? 'sender';
    const fromX = before?.x ?? frame.columns.spine.x;
    const toX = after?.x ?? frame.columns.spine.x + frame.columns.spine.width;
    const y = fromSide === 'sender' ? frame.cableY : frame.responseCableY;
    const count = j - i;
    for (let k = 0; k < count; k++) points[i + k] = { x: fromX + ((k + 1) * (toX - fromX)) / (count + 1), y };
    i = j;
  }
}

export function layoutPath(view: DiagramView, size: DiagramSize): PathLayout {
  const frame = FRAMES[size];
  const points: (Point | undefined)[] = view.steps.map(() => undefined);
  let start: Point | null = null;
  let end: Point | null = null;
  for (const side of ['sender', 'receiver'] as const) {
    const slots = hostSlots(view, side);
    const { left, right } = markerSpan(frame, side);
    const pitch = (right - left) / Math.max(slots.length, 1);
    for (const [k, slot] of slots.entries()) {
      const x = left + (k + 0.5) * pitch;
      if (slot.kind === 'start') start = { x, y: rowCenter(frame, 'app') };
      else if (slot.kind === 'end') end = { x, y: rowCenter(frame, 'app') };
      else {
        const place = view.steps[slot.index]?.place;
        if (place && isHostRow(place)) points[slot.index] = { x, y: rowCenter(frame, place) };
      }
    }
  }
  placeWireRuns(view, frame, points);
  const stepPoints = points.map((p) => p ?? { x: 0, y: 0 });

  const sequence: { p: Point; wire: boolean; step: number | null }[] = [];
  if (start) sequence.push({ p: start, wire: false, step: null });
  stepPoints.forEach((p, index) => sequence.push({ p, wire: view.steps[index]?.place === 'wire', step: index }));
  if (end) sequence.push({ p: end, wire: false, step: null });

  const route: Point[] = [];
  const stepRouteIndex: number[] = view.steps.map(() => 0);
  sequence.forEach((item, k) => {
    const prev = sequence[k - 1];
    if (prev && prev.p.x !== item.p.x && prev.p.y !== item.p.y) {
      // Leaving the cable, go along it first and then up into the host; everywhere
      // else go down (or up) the stack first and then along the row.
      route.push(prev.wire ? { x: item.p.x, y: prev.p.y } : { x: prev.p.x, y: item.p.y });
    }
    route.push(item.p);
    if (item.step !== null) stepRouteIndex[item.step] = route.length - 1;
  });
  return { size, frame, stepPoints, start, end, route, stepRouteIndex };
}

/** An SVG `points` attribute. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/** Two decimals: enough for the eye, and the same text on the server and in the browser. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
