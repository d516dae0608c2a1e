/**
 * How a receiver that sleeps gets going again, and how one that spins notices.
 * Shared by every technique that offers both modes.
 */
import {
  CONTEXT_SWITCH_CYCLES,
  HARDIRQ_CYCLES,
  POLL_CACHE_MISS_NS,
  WAKEUP_CYCLES,
} from '../constants';
import type { PathBuilder } from '../path';
import type { StageInfo, StageSide } from '../types';
import type { PathContext } from './context';
import { STAGE_INFO as S } from '../stage-info';

/**
 * The NIC interrupts a core that idles between messages: the moderation wait
 * (uniform over the timer: where the timer stands when the frame lands is
 * random), the idle state's exit latency, then the hard interrupt itself.
 * `moderated` is false for RDMA completion events, which CQ moderation leaves
 * alone unless an application asks for it (ibv_modify_cq).
 */
export function addInterrupt(b: PathBuilder, ctx: PathContext, moderated: boolean, side: StageSide = 'receiver'): void {
  const coalesceNs = ctx.r.interruptCoalescingUs * 1000;
  if (moderated && coalesceNs > 0) b.addUniform(S['irq-coalesce'], side, 0, coalesceNs);
  if (ctx.idleExitNs > 0) b.add(S['cstate-exit'], side, ctx.idleExitNs);
  // An interrupt is a kernel entry and exit too, so page-table isolation switches CR3 twice.
  const hardirqNs = HARDIRQ_CYCLES * ctx.cycleNs + 2 * ctx.ptiNs;
  b.add(S.hardirq, side, hardirqNs);
  b.coreBatch(hardirqNs);
}

/** The blocked thread is made runnable and switched in. */
export function addWakeup(b: PathBuilder, ctx: PathContext, side: StageSide = 'receiver'): void {
  const wakeNs = WAKEUP_CYCLES * ctx.cycleNs;
  const switchNs = CONTEXT_SWITCH_CYCLES * ctx.cycleNs;
  b.add(S.wakeup, side, wakeNs);
  b.add(S['context-switch'], side, switchNs);
  b.coreBatch(wakeNs + switchNs);
}

/**
 * A spinning loop finds new work on its next pass: the arrival lands at a random
 * point of a pass (uniform over `loopNs`), and the read of the line the NIC wrote
 * misses the core's private caches.
 */
export function addPollDetect(b: PathBuilder, ctx: PathContext, stage: StageInfo, loopNs: number, side: StageSide = 'receiver'): void {
  b.addUniform(stage, side, POLL_CACHE_MISS_NS + ctx.numaNs, loopNs);
}
