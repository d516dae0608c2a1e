/**
 * What happens at a stage, in the words of the model's STAGE_INFO, except where
 * one path needs the story told differently. Only the wording changes here; the
 * stage and its cost stay the model's.
 */
import { STAGE_INFO, type StageId } from '@/lib/model';
import type { PathVariantId } from './variants';

// STAGE_INFO's dma-rx-write describes a receive into a posted buffer followed by a
// completion entry. A plain RDMA WRITE has neither at the target (ACCURACY.md A13),
// and the data a READ or an atomic brings back goes to the buffer its own work
// request named, not to a posted receive (ACCURACY.md A16, B20).
const CONTEXT: Partial<Record<PathVariantId, Partial<Record<StageId, string>>>> = {
  'rdma-read': {
    'dma-rx-write':
      'The requester\'s NIC writes the returned data by DMA into the local buffer the READ named in its scatter/gather list, then writes a completion entry.',
  },
  'rdma-atomic': {
    'dma-rx-write':
      'The requester\'s NIC writes the word\'s original 8-byte value by DMA into the local buffer the atomic named, then writes a completion entry.',
  },
  'rdma-write': {
    'dma-rx-write':
      'The target\'s NIC writes the data by DMA straight into the registered memory the WRITE named, as PCIe posted writes (with Intel DDIO into the last-level cache). No receive buffer is used and no completion entry is written at the target.',
  },
};

export function stageDescription(variant: PathVariantId, stage: StageId): string {
  return CONTEXT[variant]?.[stage] ?? STAGE_INFO[stage].description;
}
