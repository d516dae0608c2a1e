/**
 * Evaluates the model on the published-measurement cases and renders the table
 * lib/model/README.md shows. Pure: the caller reads the calibration file (the
 * tests and scripts/model-calibration.ts do) and passes its parsed contents.
 */
import { estimate } from './estimate';
import type { Scenario } from './types';

export type CalibrationMetric = 'oneWayMedianNs' | 'rxMppsPerCore' | 'lineRateMpps' | 'wireNs' | 'oneWayDeltaPerHopNs';

export interface CalibrationCase {
  id: string;
  scenario: Scenario;
  metric: CalibrationMetric;
  value: number;
  tolerance: number;
  type: string;
  source: string;
}

export interface CalibrationResult {
  id: string;
  metric: CalibrationMetric;
  published: number;
  model: number;
  /** (model - published) / published */
  relativeError: number;
  tolerance: number;
  withinTolerance: boolean;
}

const METRICS: readonly string[] = ['oneWayMedianNs', 'rxMppsPerCore', 'lineRateMpps', 'wireNs', 'oneWayDeltaPerHopNs'];

export function isCalibrationMetric(m: string): m is CalibrationMetric {
  return METRICS.includes(m);
}

/** The model's value of `metric` for `scenario`. */
export function modelValue(scenario: Scenario, metric: CalibrationMetric): number {
  switch (metric) {
    case 'oneWayMedianNs':
      return estimate(scenario).oneWay.medianNs;
    case 'rxMppsPerCore':
      return estimate(scenario).throughput.rxMppsPerCore;
    case 'lineRateMpps':
      return estimate(scenario).throughput.lineRateMpps;
    case 'wireNs':
      return estimate(scenario).wireNs;
    case 'oneWayDeltaPerHopNs': {
      // What one switch adds: the same scenario with one hop minus with none.
      const withHop = estimate({ ...scenario, switchHops: 1 }).oneWay.medianNs;
      return withHop - estimate({ ...scenario, switchHops: 0 }).oneWay.medianNs;
    }
  }
}

export function evaluateCase(c: CalibrationCase): CalibrationResult {
  const model = modelValue(c.scenario, c.metric);
  const relativeError = (model - c.value) / c.value;
  return {
    id: c.id,
    metric: c.metric,
    published: c.value,
    model,
    relativeError,
    tolerance: c.tolerance,
    withinTolerance: Math.abs(relativeError) <= c.tolerance,
  };
}

function fail(where: string, why: string): never {
  throw new Error(`published-measurements.json: ${where}: ${why}`);
}

/** Checks the calibration file's shape and returns its cases. */
export function parseCalibrationFile(json: unknown): CalibrationCase[] {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { cases?: unknown }).cases)) {
    fail('top level', 'expected an object with a "cases" array');
  }
  return (json as { cases: unknown[] }).cases.map((raw, i) => {
    const c = raw as Partial<Record<keyof CalibrationCase, unknown>>;
    const where = `cases[${i}]${typeof c.id === 'string' ? ` (${c.id})` : ''}`;
    if (typeof c.id !== 'string') fail(where, 'id must be a string');
    if (typeof c.metric !== 'string' || !isCalibrationMetric(c.metric)) fail(where, `unknown metric ${String(c.metric)}`);
    if (typeof c.value !== 'number' || typeof c.tolerance !== 'number') fail(where, 'value and tolerance must be numbers');
    if (typeof c.scenario !== 'object' || c.scenario === null) fail(where, 'scenario must be an object');
    return {
      id: c.id,
      scenario: c.scenario as Scenario,
      metric: c.metric,
      value: c.value,
      tolerance: c.tolerance,
      type: typeof c.type === 'string' ? c.type : '',
      source: typeof c.source === 'string' ? c.source : '',
    };
  });
}

export const CALIBRATION_START = '<!-- calibration:start -->';
export const CALIBRATION_END = '<!-- calibration:end -->';

function formatValue(metric: CalibrationMetric, v: number): string {
  if (metric === 'rxMppsPerCore' || metric === 'lineRateMpps') return `${v.toFixed(2)} Mpps`;
  if (metric === 'wireNs') return `${v.toFixed(1)} ns`;
  return `${Math.round(v).toLocaleString('en-US')} ns`;
}

function signedPercent(x: number): string {
  const p = (x * 100).toFixed(1);
  return x >= 0 ? `+${p}%` : `${p}%`;
}

/** The Markdown table of model against published figure, one row per case, then the sources. */
export function calibrationMarkdown(cases: CalibrationCase[]): string {
  const rows = cases.map((c) => {
    const r = evaluateCase(c);
    return `| ${c.id} | ${c.metric} | ${formatValue(c.metric, r.published)} | ${formatValue(c.metric, r.model)} | ${signedPercent(r.relativeError)} | ±${(c.tolerance * 100).toFixed(1)}% | ${r.withinTolerance ? 'yes' : '**no**'} |`;
  });
  const sources = cases.map((c) => `- **${c.id}** (${c.type}): ${c.source}`);
  return [
    '| Case | Metric | Published | Model | Error | Tolerance | Within tolerance |',
    '|---|---|---:|---:|---:|---:|:---:|',
    ...rows,
    '',
    'Sources, as the calibration file gives them:',
    '',
    ...sources,
  ].join('\n');
}

/** `doc` with the text between the calibration markers replaced by `table`. */
export function replaceCalibrationSection(doc: string, table: string): string {
  const start = doc.indexOf(CALIBRATION_START);
  const end = doc.indexOf(CALIBRATION_END);
  if (start < 0 || end < start) throw new Error(`README lacks the markers ${CALIBRATION_START} ... ${CALIBRATION_END}`);
  return `${doc.slice(0, start + CALIBRATION_START.length)}\n${table}\n${doc.slice(end)}`;
}
