/** Stages in PCIe, the NIC, the wire and the switches. */
import type { StageEntry } from '../types';

export const HARDWARE_STAGES = {
  doorbell: {
    id: 'doorbell',
    label: 'Doorbell write',
    description:
      'The driver writes the ring\'s new tail index to a NIC register mapped into memory; the write is posted, so the CPU moves on while it crosses PCIe.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'dma-tx-read': {
    id: 'dma-tx-read',
    label: 'NIC reads descriptor and frame',
    description: 'The NIC fetches the descriptor from host memory and then, from the address in it, the frame: two PCIe reads, one after the other.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'pio-push': {
    id: 'pio-push',
    label: 'CPU pushes it over PCIe',
    description:
      'The CPU writes the frame (Onload and ef_vi CTPIO) or the work request with its data inline (RDMA BlueFlame) straight into the NIC through write-combining MMIO, so no DMA read is needed.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'dma-payload-read': {
    id: 'dma-payload-read',
    label: 'NIC reads the payload',
    description: 'Data too large to push inline is fetched by the NIC from the registered buffer with a DMA read.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'nic-tx': {
    id: 'nic-tx',
    label: 'NIC transmit',
    description: 'The NIC\'s transmit engine takes the frame from its queue, adds the FCS, and the MAC and PHY put it on the link.',
    layer: 'nic',
    kind: 'nic',
  },
  'ctpio-tx': {
    id: 'ctpio-tx',
    label: 'CTPIO to the port',
    description: 'On X2-series adapters a frame written by the CPU goes straight to the network port, skipping the adapter\'s main transmit datapath.',
    layer: 'nic',
    kind: 'nic',
  },
  'rnic-tx': {
    id: 'rnic-tx',
    label: 'RDMA transport in the NIC',
    description:
      'The RDMA NIC reads the queue pair\'s state, cuts the message into path-MTU packets with transport headers and sequence numbers, and keeps them for retransmission.',
    layer: 'nic',
    kind: 'nic',
  },
  serialization: {
    id: 'serialization',
    label: 'Serialization',
    description: 'The frames\' bits are clocked onto the link at its data rate, headers, preamble and inter-frame gap included.',
    layer: 'wire',
    kind: 'wire',
  },
  propagation: {
    id: 'propagation',
    label: 'Propagation',
    description: 'The signal travels along the cables at about two thirds of the speed of light: some 5 ns per metre.',
    layer: 'wire',
    kind: 'wire',
  },
  switch: {
    id: 'switch',
    label: 'Switch hops',
    description:
      'Each switch reads the destination and forwards the frame; a cut-through switch starts sending once the header is in, a store-and-forward one waits for the whole frame.',
    layer: 'switch',
    kind: 'wire',
  },
  'nic-rx': {
    id: 'nic-rx',
    label: 'NIC receive',
    description: 'The PHY and MAC take the frame in and check its FCS; the NIC\'s parser and filters pick the receive queue (RSS or a steering rule).',
    layer: 'nic',
    kind: 'nic',
  },
  'rnic-rx': {
    id: 'rnic-rx',
    label: 'RDMA NIC checks the packet',
    description:
      'The target NIC finds the queue pair, checks the packet sequence number and, for one-sided operations, the rkey and access rights, and translates the address.',
    layer: 'nic',
    kind: 'nic',
  },
  'dma-rx-write': {
    id: 'dma-rx-write',
    label: 'DMA write to memory',
    description: 'The NIC writes the data into a posted buffer, then a completion entry, as PCIe posted writes; with Intel DDIO they land in the CPU\'s last-level cache.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'responder-dma-read': {
    id: 'responder-dma-read',
    label: 'Responder NIC reads memory',
    description: 'The target\'s RDMA NIC reads the requested bytes from registered memory by DMA; the target\'s CPU does nothing.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'responder-atomic': {
    id: 'responder-atomic',
    label: 'Responder NIC does the atomic',
    description:
      'The target\'s RDMA NIC reads the 8-byte word, compares or adds, writes it back and returns the old value: atomic only against other atomics through that NIC.',
    layer: 'pcie',
    kind: 'pcie',
  },
  'resp-rnic-tx': {
    id: 'resp-rnic-tx',
    label: 'Response leaves the responder',
    description: 'The target\'s NIC builds the response packets (read data or the atomic\'s old value) with an acknowledgement header.',
    layer: 'nic',
    kind: 'nic',
  },
  'resp-serialization': {
    id: 'resp-serialization',
    label: 'Response serialization',
    description: 'The response packets are clocked onto the link back to the requester.',
    layer: 'wire',
    kind: 'wire',
  },
  'resp-propagation': {
    id: 'resp-propagation',
    label: 'Response propagation',
    description: 'The response travels back along the same cables.',
    layer: 'wire',
    kind: 'wire',
  },
  'resp-switch': {
    id: 'resp-switch',
    label: 'Response switch hops',
    description: 'The response crosses the same switches on the way back.',
    layer: 'switch',
    kind: 'wire',
  },
  'resp-rnic-rx': {
    id: 'resp-rnic-rx',
    label: 'Requester NIC takes the response',
    description: 'The requester\'s NIC matches the response to the outstanding request and checks its sequence number.',
    layer: 'nic',
    kind: 'nic',
  },
  queueing: {
    id: 'queueing',
    label: 'Queueing behind other messages',
    description: 'Under load a message can arrive while earlier ones still occupy the bottleneck (the receiving core or the link) and must wait its turn in a ring.',
    layer: 'nic',
    kind: 'wait',
  },
} as const satisfies Record<string, StageEntry>;
