/**
 * The diagram's steps: one per stage of estimate().oneWay.stages, in path order,
 * with where the message is (host and row), what the stage costs and the running
 * total. Costs are the model's; nothing here adds or rounds them.
 */
import type { Stage, StageId, StageKind, StageSide } from '@/lib/model';
import { placeOf, type Place } from './rows';
import { stageDescription } from './stage-text';
import type { PathVariant } from './variants';

/** Stages where a core finds the message by spinning rather than being woken. */
const POLLING_STAGES: ReadonlySet<StageId> = new Set<StageId>(['pmd-poll', 'eventq-poll', 'cq-poll', 'busy-poll']);

export interface DiagramStep {
  index: number;
  id: StageId;
  label: string;
  /** What happens at this stage, for a learner (STAGE_INFO, or stage-text.ts where the path needs other words). */
  description: string;
  /** This stage's median contribution, ns. */
  ns: number;
  /** Elapsed time when the stage starts and ends, ns from the first stage's start. */
  startNs: number;
  endNs: number;
  /** ns / total, 0 to 1. */
  share: number;
  side: StageSide;
  place: Place;
  kind: StageKind;
  /** A core spins on a queue here (the path has a polling core). */
  spins: boolean;
}

export function toSteps(stages: readonly Stage[], variant: PathVariant): DiagramStep[] {
  let totalNs = 0;
  for (const s of stages) totalNs += s.ns;
  let elapsedNs = 0;
  return stages.map((s, index) => {
    const startNs = elapsedNs;
    elapsedNs += s.ns;
    return {
      index,
      id: s.id,
      label: s.label,
      description: stageDescription(variant.id, s.id),
      ns: s.ns,
      startNs,
      endNs: elapsedNs,
      share: totalNs > 0 ? s.ns / totalNs : 0,
      side: s.side,
      place: placeOf(s, variant),
      kind: s.kind,
      spins: POLLING_STAGES.has(s.id),
    };
  });
}

/**
 * Where another path's message is after `elapsedNs`: the index of the step in
 * progress, or `arrived` once its last stage has ended. Compare mode uses it to
 * show both messages at the same moment.
 */
export function stepAtTime(steps: readonly DiagramStep[], elapsedNs: number): { index: number; arrived: boolean } {
  const last = steps.length - 1;
  const lastStep = steps[last];
  if (!lastStep || elapsedNs >= lastStep.endNs) return { index: Math.max(last, 0), arrived: true };
  const index = steps.findIndex((s) => elapsedNs < s.endNs);
  return { index: Math.max(index, 0), arrived: false };
}
