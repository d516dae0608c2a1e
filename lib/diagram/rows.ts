/**
 * The rows of each host in the stack diagram, top to bottom, and which row a
 * model stage is drawn in. The row follows from the stage's `layer` (from the
 * model's STAGE_INFO), except that layers a technique runs inside the process
 * (PathVariant.userSpace) move up into the library row, above the user/kernel
 * boundary.
 */
import type { Layer, Stage } from '@/lib/model';
import type { PathVariant } from './variants';

export type Row = 'app' | 'library' | 'boundary' | 'socket' | 'protocol' | 'driver' | 'irq' | 'pcie' | 'nic';
/** Where a step is drawn: a row of one host, or the link between them. */
export type Place = Row | 'wire';
export type HostSide = 'sender' | 'receiver';

export const ROWS: readonly Row[] = ['app', 'library', 'boundary', 'socket', 'protocol', 'driver', 'irq', 'pcie', 'nic'];

/** Rows that run on the host's CPU in user space. */
export const USER_ROWS: readonly Row[] = ['app', 'library'];
/** Rows where the host's CPU works, in user space or in the kernel. */
export const SOFTWARE_ROWS: readonly Row[] = ['app', 'library', 'boundary', 'socket', 'protocol', 'driver', 'irq'];

const ROW_LABELS: Readonly<Record<Exclude<Row, 'library'>, string>> = {
  app: 'Application',
  boundary: 'System call boundary',
  socket: 'Socket layer',
  protocol: 'TCP/UDP + IP',
  driver: 'Driver + NAPI',
  irq: 'Interrupt',
  pcie: 'PCIe / DMA',
  nic: 'NIC',
};

/** The row's name in the diagram; the library row is named after the variant's library. */
export function rowLabel(row: Row, variant: PathVariant): string {
  return row === 'library' ? variant.library : ROW_LABELS[row];
}

const LAYER_ROW: Readonly<Record<Layer, Place>> = {
  app: 'app',
  library: 'library',
  syscall: 'boundary',
  socket: 'socket',
  protocol: 'protocol',
  driver: 'driver',
  irq: 'irq',
  pcie: 'pcie',
  nic: 'nic',
  wire: 'wire',
  switch: 'wire',
};

export function placeOf(stage: Pick<Stage, 'layer'>, variant: PathVariant): Place {
  return variant.userSpace.includes(stage.layer) ? 'library' : LAYER_ROW[stage.layer];
}

export function isHostRow(place: Place): place is Row {
  return place !== 'wire';
}
