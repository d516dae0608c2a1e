import type { Layer, Stage } from '@/lib/model';

/** Each layer of the stack as the lab's legend and captions name it. */
export const LAYER_LABEL: Readonly<Record<Layer, string>> = {
  app: 'application',
  library: 'library',
  syscall: 'system call',
  socket: 'socket',
  protocol: 'protocol',
  driver: 'driver',
  irq: 'interrupt and wake-up',
  pcie: 'PCIe',
  nic: 'NIC',
  wire: 'wire',
  switch: 'switch',
};

/** Time per layer of the stack, largest first. */
export function layerTotals(stages: readonly Stage[]): { layer: Layer; ns: number }[] {
  const totals = new Map<Layer, number>();
  for (const s of stages) totals.set(s.layer, (totals.get(s.layer) ?? 0) + s.ns);
  return [...totals].map(([layer, ns]) => ({ layer, ns })).sort((a, b) => b.ns - a.ns);
}
