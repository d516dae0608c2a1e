'use client';

import { useEffect, useState } from 'react';
import { rowScenario } from '@/lib/compare/rows';
import { cdfPoints, histogram, percentiles, sortedCopy, type CdfPoint, type HistogramBin, type Percentiles } from '@/lib/lab/distribution';
import { estimate, sampleLatency, type Estimate, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';

/** Samples per redraw: enough for a stable p99.9 (the sampler is stratified), cheap enough for every frame. */
export const DISTRIBUTION_SAMPLES = 20_000;

export interface DistributionResult {
  /** What it was computed for, so a view can tell a fresh result from a stale one. */
  key: string;
  technique: TechniqueId;
  samples: number;
  seed: number;
  percentiles: Percentiles;
  cdf: CdfPoint[];
  bins: HistogramBin[];
  estimate: Estimate;
}

/**
 * Draws the latency distribution off the input's path: a new scenario schedules
 * one computation for the next animation frame and cancels the one not yet run,
 * so however fast a slider moves, at most one sampling runs per frame and the
 * latest scenario always wins.
 */
export function useDistribution(settings: ScenarioSettings, technique: TechniqueId, seed: number, key: string): DistributionResult | null | Error {
  const [result, setResult] = useState<DistributionResult | null | Error>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      try {
        const { scenario } = rowScenario(technique, settings);
        const sorted = sortedCopy(sampleLatency(scenario, { samples: DISTRIBUTION_SAMPLES, seed }));
        setResult({ key, technique, samples: DISTRIBUTION_SAMPLES, seed, percentiles: percentiles(sorted), cdf: cdfPoints(sorted), bins: histogram(sorted), estimate: estimate(scenario) });
      } catch (err) {
        setResult(err instanceof Error ? err : new Error(String(err)));
      }
    });
    return () => cancelAnimationFrame(frame);
    // `key` stands for settings, technique and seed: the effect reruns when the scenario changes, not when an object is rebuilt.
  }, [key]);
  return result;
}
