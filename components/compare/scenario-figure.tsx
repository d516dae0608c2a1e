'use client';

import { rowScenario } from '@/lib/compare/rows';
import type { MODEL_FIGURES } from '@/lib/content/source-comparison-schema';
import { formatGbps, formatMpps, formatNs } from '@/lib/format';
import { estimate, type Estimate, type TechniqueId } from '@/lib/model';
import { describeScenario } from '@/lib/scenario-fields';
import { useScenarioStore } from '@/lib/store/scenario';

export interface ScenarioFigureProps {
  technique: TechniqueId;
  figure: (typeof MODEL_FIGURES)[number];
}

/** The model's figure for the learner's current scenario, beside a corrected cell of the source's table. */
export function ScenarioFigure({ technique, figure }: ScenarioFigureProps) {
  const settings = useScenarioStore((s) => s.settings);
  const { scenario } = rowScenario(technique, settings);
  let e: Estimate;
  try {
    e = estimate(scenario);
  } catch (err) {
    return <p className="scenario-figure">The model cannot compute your scenario: {err instanceof Error ? err.message : String(err)}</p>;
  }
  const value =
    figure === 'oneWayMedian'
      ? `${formatNs(e.oneWay.medianNs)} one-way median (p99 ${formatNs(e.oneWay.p99Ns)})`
      : `${formatMpps(e.throughput.rxMppsPerCore)} messages per core (${formatGbps(e.throughput.gbpsPerCore)})`;
  return (
    <p className="scenario-figure">
      <span className="scenario-figure-kicker">Model, for your scenario</span> ({describeScenario(scenario)}): <strong>{value}</strong>.
    </p>
  );
}
