'use client';

import dynamic from 'next/dynamic';
import { memo } from 'react';
import { formatGbps, formatNs } from '@/lib/format';
import { breakdownCaption, distributionCaption, latencyCaption, throughputCaption } from '@/lib/lab/captions';
import type { LabView } from '@/lib/lab/lab-url';
import type { Breakdown, SweepRow } from '@/lib/lab/series';
import { optionLabel } from '@/lib/scenario-fields';
import { LayerLegend } from '../charts/layer-legend';
import { TechniqueLegend } from '../charts/technique-legend';
import { ChoiceControl } from '../scenario/choice-control';
import { ChartPanel } from './chart-panel';
import { DistributionTable } from './distribution-table';
import { StageTable } from './stage-table';
import { SweepTable } from './sweep-table';
import type { DistributionResult } from './use-distribution';

// recharts is loaded here only, after hydration, each chart behind a placeholder of its own size.
const loading = () => <div className="chart-loading" />;
const StageBreakdownChart = dynamic(() => import('../charts/stage-breakdown-chart').then((m) => m.StageBreakdownChart), { ssr: false, loading });
const PayloadChart = dynamic(() => import('../charts/payload-chart').then((m) => m.PayloadChart), { ssr: false, loading });
const DistributionChart = dynamic(() => import('../charts/distribution-chart').then((m) => m.DistributionChart), { ssr: false, loading });

export interface LabChartsProps {
  view: LabView;
  onView: (view: LabView) => void;
  /** The scenario the data below was computed for. */
  dataKey: string;
  payloadBytes: number;
  linkGbps: number;
  breakdown: Breakdown;
  latency: SweepRow[];
  throughput: SweepRow[];
  distribution: DistributionResult | Error | null;
}

const CHART_HEIGHT = 300;

/**
 * The four charts. Memoised: while a slider moves, the urgent render updates the
 * controls only, and the charts re-render in the deferred one, with new data.
 */
export const LabCharts = memo(function LabCharts({ view, onView, dataKey, payloadBytes, linkGbps, breakdown, latency, throughput, distribution }: LabChartsProps) {
  const dist = distribution instanceof Error ? null : distribution;
  const layers = [...new Set(breakdown.keys.map((k) => k.layer))];
  return (
    <div className="lab-charts">
      <ChartPanel
        title="Where the time goes"
        height={56 + 44 * breakdown.techniques.length}
        dataKey={dataKey}
        chart={() => <StageBreakdownChart techniques={breakdown.techniques} height={56 + 44 * breakdown.techniques.length} />}
        table={() => <StageTable breakdown={breakdown} />}
        legend={<LayerLegend layers={layers} />}
        caption={breakdownCaption(breakdown)}
      />
      <ChartPanel
        title="One-way latency against message size"
        height={CHART_HEIGHT}
        dataKey={dataKey}
        chart={() => <PayloadChart rows={latency} techniques={view.techniques} payloadBytes={payloadBytes} format={formatNs} height={CHART_HEIGHT} />}
        table={() => <SweepTable rows={latency} techniques={view.techniques} caption="One-way median latency by message size" format={formatNs} />}
        legend={<TechniqueLegend techniques={view.techniques} />}
        caption={`${latencyCaption(latency, view.techniques)} Both axes are logarithmic.`}
      />
      <ChartPanel
        title="Latency distribution"
        height={CHART_HEIGHT}
        dataKey={dist?.key ?? 'sampling'}
        tools={
          <>
            <ChoiceControl label="Draw" showValue={false} value={view.dist} options={[{ value: 'cdf', label: 'CDF' }, { value: 'histogram', label: 'histogram' }]} onChange={(d) => onView({ ...view, dist: d === 'histogram' ? 'histogram' : 'cdf' })} />
            <ChoiceControl label="Of" showValue={false} value={view.focus} options={view.techniques.map((t) => ({ value: t, label: optionLabel(t) }))} onChange={(t) => onView({ ...view, focus: view.techniques.find((x) => x === t) ?? view.focus })} />
            <button type="button" className="button button-quiet" onClick={() => onView({ ...view, seed: view.seed + 1 })}>
              Draw again <span className="visually-hidden">with a new seed</span>
            </button>
          </>
        }
        chart={() =>
          dist ? (
            <DistributionChart
              view={view.dist}
              cdf={dist.cdf}
              bins={dist.bins}
              marks={[
                { label: 'p50', ns: dist.percentiles.p50 },
                { label: 'p99', ns: dist.percentiles.p99 },
                { label: 'p99.9', ns: dist.percentiles.p999 },
              ]}
              maxNs={Math.max(dist.percentiles.p999 * 1.15, dist.percentiles.p99 * 1.5)}
              color={`var(--tech-${dist.technique})`}
              height={CHART_HEIGHT}
            />
          ) : (
            <div className="chart-loading" />
          )
        }
        table={() => (dist ? <DistributionTable result={dist} /> : <p>Sampling…</p>)}
        caption={
          distribution instanceof Error
            ? `The model refused this scenario: ${distribution.message}`
            : dist
              ? `${distributionCaption(dist.technique, dist.percentiles, dist.estimate.pollingCore)} ${dist.samples.toLocaleString('en-US')} messages drawn with seed ${dist.seed}; the axis stops a little past p99.9 (the table has the largest).`
              : 'Sampling…'
        }
      />
      <ChartPanel
        title="Throughput per core against message size"
        height={CHART_HEIGHT}
        dataKey={dataKey}
        chart={() => <PayloadChart rows={throughput} techniques={view.techniques} payloadBytes={payloadBytes} reference={{ value: linkGbps, label: `link ${formatGbps(linkGbps)}` }} format={formatGbps} height={CHART_HEIGHT} />}
        table={() => <SweepTable rows={throughput} techniques={view.techniques} caption="Application Gb/s one receiving core delivers, by message size" format={formatGbps} />}
        legend={<TechniqueLegend techniques={view.techniques} />}
        caption={`${throughputCaption(throughput, view.techniques, linkGbps)} Both axes are logarithmic.`}
      />
    </div>
  );
});
