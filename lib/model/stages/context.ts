/**
 * Per-scenario quantities every stage builder needs, computed once.
 */
import {
  IDLE_EXIT_NS,
  MEMCPY_BYTES_PER_NS,
  NUMA_REMOTE_COPY_FACTOR,
  NUMA_REMOTE_EXTRA_NS,
  PCIE_GEN3_X16_BYTES_PER_NS,
  PCIE_HEADROOM_FACTOR,
  PTI_CR3_SWITCH_CYCLES,
  SYSCALL_ENTRY_CYCLES,
  SYSCALL_EXIT_CYCLES,
} from '../constants';
import { frameLayout, type FrameLayout } from '../frames';
import type { ResolvedScenario } from '../types';

export interface PathContext {
  r: ResolvedScenario;
  layout: FrameLayout;
  /** ns per CPU cycle. */
  cycleNs: number;
  /** Extra ns of a page-table switch on each kernel entry or exit (0 without PTI). */
  ptiNs: number;
  syscallEntryNs: number;
  syscallExitNs: number;
  copyBytesPerNs: number;
  /** Added to every PCIe transaction and to a poller's cache miss when NUMA-remote. */
  numaNs: number;
  pcieBytesPerNs: number;
  idleExitNs: number;
  /** Serialization of the data-direction frames, and of one full frame, ns. */
  serializationNs: number;
  frameWireNs: number;
}

export function makeContext(r: ResolvedScenario): PathContext {
  const cycleNs = 1 / r.cpuGhz;
  const ptiNs = r.pti ? PTI_CR3_SWITCH_CYCLES * cycleNs : 0;
  const layout = frameLayout(r);
  const bitsPerNs = r.linkGbps;
  return {
    r,
    layout,
    cycleNs,
    ptiNs,
    syscallEntryNs: SYSCALL_ENTRY_CYCLES * cycleNs + ptiNs,
    syscallExitNs: SYSCALL_EXIT_CYCLES * cycleNs + ptiNs,
    copyBytesPerNs: r.numaRemote ? MEMCPY_BYTES_PER_NS * NUMA_REMOTE_COPY_FACTOR : MEMCPY_BYTES_PER_NS,
    numaNs: r.numaRemote ? NUMA_REMOTE_EXTRA_NS : 0,
    pcieBytesPerNs: Math.max(PCIE_GEN3_X16_BYTES_PER_NS, (r.linkGbps / 8) * PCIE_HEADROOM_FACTOR),
    idleExitNs: IDLE_EXIT_NS[r.idleState],
    serializationNs: (layout.wireBytes * 8) / bitsPerNs,
    frameWireNs: (layout.maxFrameWireBytes * 8) / bitsPerNs,
  };
}
