/**
 * STAGE_INFO: for every stage id, the label, a learner-facing description, the
 * stack layer and the kind. The interactive stack diagram draws a message's path
 * through the layers from this table; estimate() copies label, layer and kind
 * from it, so the two can never disagree.
 */
import { BYPASS_STAGES } from './info/bypass-stages';
import { HARDWARE_STAGES } from './info/hardware-stages';
import { KERNEL_STAGES } from './info/kernel-stages';
import type { StageInfo } from './types';

export type StageId = keyof typeof KERNEL_STAGES | keyof typeof BYPASS_STAGES | keyof typeof HARDWARE_STAGES;

export const STAGE_INFO: Readonly<Record<StageId, StageInfo>> = {
  ...KERNEL_STAGES,
  ...BYPASS_STAGES,
  ...HARDWARE_STAGES,
};
