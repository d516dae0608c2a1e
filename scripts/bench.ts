/**
 * npm run bench: times what the lab and the comparison table ask of the model.
 * - the grid: every technique with each of its protocols or RDMA operations, at
 *   64 message sizes and 7 link speeds, through estimate();
 * - 100,000 samples from sampleLatency().
 * Each is run several times after a warm-up; the median run is reported.
 * Targets on the 2-core development machine: grid under 5 ms, samples under 20 ms.
 */
import { performance } from 'node:perf_hooks';
import { estimate, sampleLatency, TECHNIQUE_IDS, TECHNIQUES, type Scenario } from '../lib/model/index';

const LINK_SPEEDS_GBPS = [1, 10, 25, 40, 100, 400, 800];
const SIZES = 64;
const RUNS = 15;
const GRID_TARGET_MS = 5;
const SAMPLES_TARGET_MS = 20;

/** 64 sizes spread evenly on a log scale from 1 B to 1 MiB. */
function payloadSizes(): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < SIZES; i++) sizes.push(Math.round(Math.pow(2, (20 * i) / (SIZES - 1))));
  return sizes;
}

function gridScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const technique of TECHNIQUE_IDS) {
    const info = TECHNIQUES[technique];
    const variants: Partial<Scenario>[] =
      info.ops.length > 0 ? info.ops.map((rdmaOp) => ({ rdmaOp })) : info.protocols.map((protocol) => ({ protocol }));
    for (const variant of variants) {
      for (const payloadBytes of payloadSizes()) {
        for (const linkGbps of LINK_SPEEDS_GBPS) out.push({ technique, ...variant, payloadBytes, linkGbps });
      }
    }
  }
  return out;
}

function medianMs(run: () => void): number {
  run();
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const grid = gridScenarios();
let sink = 0;
const gridMs = medianMs(() => {
  for (const s of grid) sink += estimate(s).oneWay.medianNs;
});
const sampleScenario: Scenario = { technique: 'kernel', protocol: 'tcp', payloadBytes: 64, linkGbps: 25, loadFraction: 0.5 };
const samplesMs = medianMs(() => {
  sink += sampleLatency(sampleScenario, { samples: 100_000, seed: 1 })[0] ?? 0;
});

const verdict = (ms: number, target: number): string => (ms <= target ? 'within target' : 'OVER TARGET');
console.log(`estimate() over the grid: ${grid.length} scenarios in ${gridMs.toFixed(2)} ms (target ${GRID_TARGET_MS} ms: ${verdict(gridMs, GRID_TARGET_MS)})`);
console.log(`sampleLatency() 100,000 samples: ${samplesMs.toFixed(2)} ms (target ${SAMPLES_TARGET_MS} ms: ${verdict(samplesMs, SAMPLES_TARGET_MS)})`);
if (!Number.isFinite(sink)) console.log('(checksum not finite: the model returned a non-finite value)');
