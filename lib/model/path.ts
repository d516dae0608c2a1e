/**
 * PathBuilder collects a message's stages in order, and at the same time what the
 * tail model and the throughput model need from them, so that neither has to walk
 * the stage list again.
 *
 * Each stage has a median (its `ns`). Its random part follows from its kind:
 * wire stages are fixed; cpu, kernel, nic/pcie and wait stages are log-normal
 * around their median with the kind's sigma; polling and moderation waits are
 * uniform over an interval (addUniform).
 */
import { STAGE_INFO } from './stage-info';
import type { Stage, StageInfo, StageSide } from './types';

/** Stages repeated per frame on one side, with their per-frame work, as parallel lists (no allocation per entry). */
interface PipelineSide {
  stages: Stage[];
  perFrameNs: number[];
  totalNs: number;
}

function emptySide(): PipelineSide {
  return { stages: [], perFrameNs: [], totalNs: 0 };
}

export class PathBuilder {
  readonly stages: Stage[] = [];
  /** Deterministic part: wire stages, the lower ends of uniform stages and any pipelining excess, ns. */
  fixedNs = 0;
  /** Total width of the uniform stages, ns. */
  uniformSpanNs = 0;
  /** Sums of the medians of the log-normal stages, by kind, ns. */
  cpuNs = 0;
  kernelNs = 0;
  hardwareNs = 0;
  waitNs = 0;
  /** Work of the receiving core per message, and per receive batch, in an idle ping-pong, ns. */
  coreNs = 0;
  coreBatchNs = 0;
  private readonly frames: number;
  // Only multi-frame messages pipeline, so single-frame ones (most of a sweep) allocate nothing here.
  private readonly sender: PipelineSide | undefined;
  private readonly receiver: PipelineSide | undefined;

  /** `frames`: frames the message takes; pipelining only matters above one. */
  constructor(frames: number) {
    this.frames = frames;
    if (frames > 1) {
      this.sender = emptySide();
      this.receiver = emptySide();
    }
  }

  /** Appends a stage whose median is `ns`. */
  add(info: StageInfo, side: StageSide, ns: number): Stage {
    const stage: Stage = { id: info.id, label: info.label, ns, side, kind: info.kind, layer: info.layer };
    this.stages.push(stage);
    this.addToGroup(stage, ns);
    return stage;
  }

  /** Appends a stage that takes `minNs` plus a uniformly random part of `spanNs`. */
  addUniform(info: StageInfo, side: StageSide, minNs: number, spanNs: number): Stage {
    const stage: Stage = { id: info.id, label: info.label, ns: minNs + spanNs / 2, side, kind: info.kind, layer: info.layer };
    this.stages.push(stage);
    this.fixedNs += minNs;
    this.uniformSpanNs += spanNs;
    return stage;
  }

  /** Inserts the queueing stage at `index`: its randomness is the tail model's M/M/1 term, not a kind's sigma. */
  insertQueueing(index: number, side: StageSide, ns: number): void {
    const info = STAGE_INFO.queueing;
    this.stages.splice(index, 0, { id: 'queueing', label: info.label, ns, side, kind: info.kind, layer: info.layer });
  }

  /** Adds work of the receiving core that throughput counts once per message. */
  core(ns: number): void {
    this.coreNs += ns;
  }

  /** Adds work of the receiving core that a batch of messages shares (an interrupt, a wake-up, a poll call). */
  coreBatch(ns: number): void {
    this.coreBatchNs += ns;
  }

  /**
   * Marks `stage` as repeated for every frame of a multi-frame message, at
   * `perFrameNs` each, overlapping with the other frames' transmission.
   */
  perFrame(stage: Stage, perFrameNs: number): void {
    const side = stage.side === 'receiver' ? this.receiver : this.sender;
    if (side === undefined) return;
    side.stages.push(stage);
    side.perFrameNs.push(perFrameNs);
    side.totalNs += perFrameNs;
  }

  /**
   * Frames flow through sender CPU, wire and receiver CPU as a pipeline: the
   * message takes the first frame's path plus (frames - 1) times the slowest
   * step. The serialization stage already counts every frame at wire speed, so
   * only the excess of a slower CPU side is added, to that side's stages in
   * proportion to their per-frame work. The excess joins the fixed part of the
   * tail: summed over many frames, per-frame variation averages out.
   */
  finishPipeline(wirePerFrameNs: number): void {
    if (this.sender === undefined || this.receiver === undefined) return;
    const side = this.sender.totalNs >= this.receiver.totalNs ? this.sender : this.receiver;
    const slowest = side.totalNs;
    if (slowest <= wirePerFrameNs) return;
    const excessNs = (this.frames - 1) * (slowest - wirePerFrameNs);
    for (let i = 0; i < side.stages.length; i++) {
      const stage = side.stages[i];
      const share = side.perFrameNs[i];
      if (stage === undefined || share === undefined) continue;
      const extra = (excessNs * share) / slowest;
      stage.ns += extra;
      // Fixed, not jittered: over many frames the per-frame variation averages out.
      this.fixedNs += extra;
    }
  }

  private addToGroup(stage: Stage, ns: number): void {
    switch (stage.kind) {
      case 'wire':
        this.fixedNs += ns;
        break;
      case 'cpu':
        this.cpuNs += ns;
        break;
      case 'kernel':
        this.kernelNs += ns;
        break;
      case 'wait':
        this.waitNs += ns;
        break;
      default:
        this.hardwareNs += ns;
    }
  }
}
