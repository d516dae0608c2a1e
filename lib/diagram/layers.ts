/**
 * Which rows of each host a path uses, and which it bypasses. Everything is
 * derived from the steps (so from the model's stages): a row is bypassed when
 * the Linux socket path uses it on that host and this path does not; a host
 * whose CPU has no step at all is idle (the target of an RDMA WRITE or READ).
 */
import { isHostRow, ROWS, SOFTWARE_ROWS, USER_ROWS, type HostSide, type Row } from './rows';
import type { DiagramStep } from './steps';

/**
 * - `used`: the message passes a stage here.
 * - `bypassed`: the kernel path works here and this one skips it.
 * - `idle`: user-space rows of a host whose CPU takes no part in this path.
 * - `off-path`: neither this path nor the kernel path works here.
 */
export type RowState = 'used' | 'bypassed' | 'idle' | 'off-path';
export type LayerStates = Readonly<Record<HostSide, Readonly<Record<Row, RowState>>>>;

/** The application at either end of the path, when no stage already puts the message there. */
export interface Endpoint {
  side: HostSide;
  row: 'app';
}

export interface PathEnds {
  start: Endpoint | null;
  end: Endpoint | null;
}

function hostSide(step: DiagramStep): HostSide | null {
  return step.side === 'wire' ? null : step.side;
}

/**
 * The message starts in the sending application, and ends in the application of
 * the host that finishes the operation, unless the path ends in hardware: an
 * RDMA WRITE ends when the target NIC has placed the data in memory.
 */
export function pathEnds(steps: readonly DiagramStep[]): PathEnds {
  const first = steps[0];
  const last = steps[steps.length - 1];
  const start: Endpoint | null = first && first.place === 'app' ? null : { side: 'sender', row: 'app' };
  const lastSide = last ? hostSide(last) : null;
  const endsInSoftware = last !== undefined && isHostRow(last.place) && SOFTWARE_ROWS.includes(last.place);
  const end: Endpoint | null = lastSide && endsInSoftware && last.place !== 'app' ? { side: lastSide, row: 'app' } : null;
  return { start, end };
}

function usedRows(steps: readonly DiagramStep[], ends: PathEnds): Record<HostSide, Set<Row>> {
  const used: Record<HostSide, Set<Row>> = { sender: new Set(), receiver: new Set() };
  for (const step of steps) {
    const side = hostSide(step);
    if (side && isHostRow(step.place)) used[side].add(step.place);
  }
  for (const e of [ends.start, ends.end]) if (e) used[e.side].add(e.row);
  return used;
}

/**
 * Row states for `steps`, against `kernelSteps`, the Linux socket path under the
 * same scenario (the path every bypass is measured from).
 */
export function layerStates(steps: readonly DiagramStep[], kernelSteps: readonly DiagramStep[]): LayerStates {
  const used = usedRows(steps, pathEnds(steps));
  const reference = usedRows(kernelSteps, pathEnds(kernelSteps));
  const stateFor = (side: HostSide): Record<Row, RowState> => {
    const cpuWorks = [...used[side]].some((row) => SOFTWARE_ROWS.includes(row));
    const states = {} as Record<Row, RowState>;
    for (const row of ROWS) {
      if (used[side].has(row)) states[row] = 'used';
      else if (!cpuWorks && USER_ROWS.includes(row)) states[row] = 'idle';
      else if (reference[side].has(row)) states[row] = 'bypassed';
      else states[row] = 'off-path';
    }
    return states;
  };
  return { sender: stateFor('sender'), receiver: stateFor('receiver') };
}

/** The rows a path bypasses on one host, top to bottom. */
export function bypassedRows(states: LayerStates, side: HostSide): Row[] {
  return ROWS.filter((row) => states[side][row] === 'bypassed');
}
