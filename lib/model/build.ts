/**
 * Assembles a scenario's path: validates it, runs the technique's stage builder,
 * applies pipelining, computes throughput, adds queueing under load, and returns
 * the stages together with the tail model both estimate() and sampleLatency()
 * draw their percentiles from.
 */
import { PREEMPT_KERNEL_SPIN, PREEMPT_SLEEPING, PREEMPT_USER_SPIN } from './constants';
import { PathBuilder } from './path';
import { makeContext } from './stages/context';
import { busyPollPath, ioUringPath, kernelPath } from './stages/kernel';
import { afXdpPath, dpdkPath } from './stages/raw-frames';
import { rdmaPath } from './stages/rdma';
import type { PathResult, PreemptClass, StageBuilder } from './stages/result';
import { efviPath, onloadPath } from './stages/solarflare';
import { queueWaitNs, type TailModel } from './tails';
import { computeThroughput, type Throughput } from './throughput';
import type { Scenario, Stage, TechniqueId } from './types';
import { resolveScenario } from './validate';

const BUILDERS: Readonly<Record<TechniqueId, StageBuilder>> = {
  kernel: kernelPath,
  'kernel-busy-poll': busyPollPath,
  'io-uring': ioUringPath,
  'af-xdp': afXdpPath,
  dpdk: dpdkPath,
  onload: onloadPath,
  'ef-vi': efviPath,
  rdma: rdmaPath,
};

const PREEMPT: Readonly<Record<PreemptClass, { probability: number; meanNs: number }>> = {
  sleeping: PREEMPT_SLEEPING,
  'kernel-spin': PREEMPT_KERNEL_SPIN,
  'user-spin': PREEMPT_USER_SPIN,
};

export interface BuiltPath {
  stages: Stage[];
  tail: TailModel;
  throughput: Throughput;
  counts: PathResult['counts'];
  pollingCore: boolean;
  /** Wire time of the message (request and response for a read or an atomic), ns. */
  wireNs: number;
  /** A read or an atomic: the operation is itself a round trip. */
  roundTripOperation: boolean;
}

function stageIndex(stages: Stage[], id: Stage['id'], last: boolean): number {
  if (last) {
    for (let i = stages.length - 1; i >= 0; i--) if (stages[i]?.id === id) return i;
    return -1;
  }
  return stages.findIndex((s) => s.id === id);
}

export function buildPath(s: Scenario): BuiltPath {
  const r = resolveScenario(s);
  const ctx = makeContext(r);
  const b = new PathBuilder(ctx.layout.frames);
  const result = BUILDERS[r.technique](ctx, b);
  // Against the average frame's wire time: a message's last (or each datagram's last) frame may be short.
  b.finishPipeline(ctx.serializationNs / ctx.layout.frames);
  const { throughput, coreBound } = computeThroughput(ctx, b, result);

  const serviceNs = 1000 / throughput.rxMppsPerCore;
  if (r.loadFraction > 0) {
    // Messages queue where the bottleneck is: in the receive ring before a saturated
    // core, or in the transmit queue before a saturated link (or RDMA NIC).
    const at = coreBound ? stageIndex(b.stages, 'dma-rx-write', true) + 1 : stageIndex(b.stages, 'serialization', false);
    const side = b.stages[coreBound ? at - 1 : at]?.side ?? 'receiver';
    b.insertQueueing(at, side, queueWaitNs(r.loadFraction, serviceNs, 0.5));
  }

  const preempt = PREEMPT[result.preempt];
  const roundTripOperation = r.technique === 'rdma' && (r.rdmaOp === 'read' || r.rdmaOp === 'atomic');
  return {
    stages: b.stages,
    tail: {
      fixedNs: b.fixedNs,
      uniformSpanNs: b.uniformSpanNs,
      cpuNs: b.cpuNs,
      kernelNs: b.kernelNs,
      hardwareNs: b.hardwareNs,
      waitNs: b.waitNs,
      queueRho: r.loadFraction,
      queueServiceNs: serviceNs,
      preemptProbability: preempt.probability,
      preemptMeanNs: preempt.meanNs,
    },
    throughput,
    counts: result.counts,
    pollingCore: r.spin,
    wireNs: ((ctx.layout.wireBytes + ctx.layout.requestWireBytes) * 8) / r.linkGbps,
    roundTripOperation,
  };
}
