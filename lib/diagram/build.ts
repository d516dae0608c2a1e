/**
 * Everything one stack diagram shows for one path under one scenario, computed
 * by the latency model. The diagram adds no figures of its own.
 */
import { estimate, type Estimate, type Scenario } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';
import { layerStates, pathEnds, type LayerStates, type PathEnds } from './layers';
import { notesFor, type DiagramNote } from './notes';
import type { HostSide } from './rows';
import { toSteps, type DiagramStep } from './steps';
import { pathVariant, variantScenario, type PathVariant, type PathVariantId } from './variants';

export interface DiagramView {
  variant: PathVariant;
  scenario: Scenario;
  estimate: Estimate;
  steps: DiagramStep[];
  /** One-way median (for a READ or an atomic, the whole operation), ns: the sum of the steps. */
  totalNs: number;
  layers: LayerStates;
  ends: PathEnds;
  notes: DiagramNote[];
  /** What each host is called: the host that starts an RDMA READ or atomic requests, the other responds. */
  hosts: Readonly<Record<HostSide, string>>;
  /** The path is itself a round trip (RDMA READ, atomic). */
  roundTrip: boolean;
}

/** Throws the model's ScenarioError when the settings are out of range. */
export function buildDiagram(id: PathVariantId, settings: ScenarioSettings): DiagramView {
  const variant = pathVariant(id);
  const scenario = variantScenario(id, settings);
  const result = estimate(scenario);
  const steps = toSteps(result.oneWay.stages, variant);
  const kernelSteps = toSteps(estimate(variantScenario('kernel', settings)).oneWay.stages, pathVariant('kernel'));
  const roundTrip = variant.rdmaOp === 'read' || variant.rdmaOp === 'atomic';
  return {
    variant,
    scenario,
    estimate: result,
    steps,
    totalNs: result.oneWay.medianNs,
    layers: layerStates(steps, kernelSteps),
    ends: pathEnds(steps),
    notes: notesFor(id, steps),
    hosts: roundTrip ? { sender: 'Requester', receiver: 'Responder' } : { sender: 'Sender', receiver: 'Receiver' },
    roundTrip,
  };
}
