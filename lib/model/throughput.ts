/**
 * Messages per second one core can receive and hand to the application, and the
 * link's own limit. The core's cost per message is the receive work the stage
 * builders recorded (per message, plus per-batch work such as an interrupt, a
 * wake-up or a burst call shared by `batchSize` messages), scaled by
 * WARM_COST_FACTOR: a saturated loop runs with warm caches.
 */
import { WARM_COST_FACTOR } from './constants';
import type { PathBuilder } from './path';
import type { PathContext } from './stages/context';
import type { PathResult } from './stages/result';
import type { Estimate } from './types';

export type Throughput = Estimate['throughput'];

export interface ThroughputDetail {
  throughput: Throughput;
  /** Whether the core (rather than the link or the NIC) is the bottleneck. */
  coreBound: boolean;
}

export function computeThroughput(ctx: PathContext, b: PathBuilder, result: PathResult): ThroughputDetail {
  const { r, layout } = ctx;
  // Full duplex: for a read or an atomic the busier direction sets the pace.
  const busiestWireBytes = Math.max(layout.wireBytes, layout.requestWireBytes);
  const lineRateMpps = (r.linkGbps * 125) / busiestWireBytes;
  const coreNsPerMessage = WARM_COST_FACTOR * (b.coreNs + b.coreBatchNs / r.batchSize);
  const coreMpps = result.coreless ? Number.POSITIVE_INFINITY : 1000 / coreNsPerMessage;
  const nicMpps = result.nicMaxMpps ?? Number.POSITIVE_INFINITY;
  const rxMppsPerCore = Math.min(lineRateMpps, coreMpps, nicMpps);
  return {
    throughput: {
      rxMppsPerCore,
      lineRateMpps,
      gbpsPerCore: (rxMppsPerCore * layout.messageBytes * 8) / 1000,
    },
    coreBound: coreMpps < lineRateMpps && coreMpps <= nicMpps,
  };
}
