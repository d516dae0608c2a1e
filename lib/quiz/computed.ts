import { estimate, type Estimate, type Scenario, ScenarioError, TECHNIQUES, type TechniqueId } from '@/lib/model';
import type { ComputedInstance, ScenarioValues } from './response';
import { pick, type Rng, seededRng } from './rng';
import type { Computed } from './schema';

export type ComputedMetric = Computed['answer']['metric'];

/** The figure a computed question asks for, read from the model's estimate. */
export function metricValue(e: Estimate, metric: ComputedMetric): number {
  switch (metric) {
    case 'wireNs':
      return e.wireNs;
    case 'lineRateMpps':
      return e.throughput.lineRateMpps;
    case 'oneWayMedianNs':
      return e.oneWay.medianNs;
    case 'rttNs':
      return e.rttNs;
    case 'rxMppsPerCore':
      return e.throughput.rxMppsPerCore;
    default: {
      const never: never = metric;
      throw new Error(`unknown metric ${String(never)}`);
    }
  }
}

/** One scenario from the question's lists. Unknown techniques are left for the model to refuse. */
export function drawScenario(q: Computed, rng: Rng): Scenario {
  const s = q.scenario;
  const scenario: Scenario = {
    technique: pick(s.technique, rng) as TechniqueId,
    payloadBytes: pick(s.payloadBytes, rng),
    linkGbps: pick(s.linkGbps, rng),
  };
  if (s.protocol) scenario.protocol = pick(s.protocol, rng);
  if (s.rdmaOp) scenario.rdmaOp = pick(s.rdmaOp, rng);
  if (s.switchHops) scenario.switchHops = pick(s.switchHops, rng);
  return scenario;
}

/** Every scenario a question can draw: the bank checks run each through the model. */
export function everyScenario(q: Computed): Scenario[] {
  const s = q.scenario;
  const out: Scenario[] = [];
  for (const technique of s.technique)
    for (const payloadBytes of s.payloadBytes)
      for (const linkGbps of s.linkGbps)
        for (const protocol of s.protocol ?? [undefined])
          for (const rdmaOp of s.rdmaOp ?? [undefined])
            for (const switchHops of s.switchHops ?? [undefined]) {
              const scenario: Scenario = { technique: technique as TechniqueId, payloadBytes, linkGbps };
              if (protocol !== undefined) scenario.protocol = protocol;
              if (rdmaOp !== undefined) scenario.rdmaOp = rdmaOp;
              if (switchHops !== undefined) scenario.switchHops = switchHops;
              out.push(scenario);
            }
  return out;
}

const grouped = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** What each placeholder shows for a scenario, e.g. technique "dpdk" as "DPDK". */
export function scenarioText(s: Scenario): Record<string, string> {
  const values: Record<string, string> = {
    technique: TECHNIQUES[s.technique]?.name ?? s.technique,
    payloadBytes: grouped(s.payloadBytes),
    linkGbps: grouped(s.linkGbps),
    switchHops: grouped(s.switchHops ?? 0),
  };
  if (s.protocol) values.protocol = s.protocol.toUpperCase();
  if (s.rdmaOp) values.rdmaOp = s.rdmaOp;
  return values;
}

export interface InstantiateOptions {
  /** Seeds the draw; record it to reproduce the attempt. */
  seed: string;
  /** The learner's lab scenario, used when the question is `fromLab`. Saved data, so unchecked: the model validates it. */
  labScenario?: ScenarioValues | null;
}

/** Scenario fields a fromLab question takes from its own lists, never from the lab. */
const PATH_FIELDS: ReadonlySet<string> = new Set(['technique', 'protocol', 'rdmaOp']);

// A draw can name a combination the model refuses (e.g. TCP over DPDK); the
// bank checks refuse such lists, so retries here only guard against drift.
const MAX_DRAWS = 32;

/** One attempt: a scenario (drawn, or the learner's lab scenario), the filled values and the model's answer. */
export function instantiate(q: Computed, { seed, labScenario }: InstantiateOptions): ComputedInstance {
  const rng = seededRng(`computed:${q.id}:${seed}`);
  if (q.fromLab && labScenario) {
    // The question keeps its own path (technique, protocol, operation: its prompt is about
    // them); the lab supplies the network and the message. estimate() refuses an invalid
    // saved scenario with a ScenarioError, and then we draw instead.
    const environment = Object.fromEntries(Object.entries(labScenario).filter(([key]) => !PATH_FIELDS.has(key)));
    const lab = { ...drawScenario(q, rng), ...environment } as Scenario;
    const expected = tryMetric(lab, q.answer.metric);
    if (expected !== null) return makeInstance(seed, true, lab, expected);
  }
  for (let i = 0; i < MAX_DRAWS; i++) {
    const scenario = drawScenario(q, rng);
    const expected = tryMetric(scenario, q.answer.metric);
    if (expected !== null) return makeInstance(seed, false, scenario, expected);
  }
  throw new Error(`question ${q.id}: the model refused every scenario drawn from its lists`);
}

function tryMetric(s: Scenario, metric: ComputedMetric): number | null {
  try {
    return metricValue(estimate(s), metric);
  } catch (err) {
    if (err instanceof ScenarioError) return null;
    throw err;
  }
}

function makeInstance(seed: string, fromLab: boolean, s: Scenario, expected: number): ComputedInstance {
  const scenario: ScenarioValues = {};
  for (const [k, v] of Object.entries(s)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') scenario[k] = v;
  return { seed, fromLab, scenario, values: scenarioText(s), expected };
}
