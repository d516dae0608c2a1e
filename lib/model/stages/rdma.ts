/**
 * RDMA verbs on a hardware RDMA NIC (reliable connected queue pair). Which
 * stages each operation has (ACCURACY.md A13, A15-A18; rdma-core ibv_post_send.3):
 *
 * - write: the initiator posts; the target NIC places the data in registered
 *   memory. The target CPU does nothing and gets no completion, so the path ends
 *   when the data is in memory (ib_write_lat's receiver then sees it by spinning
 *   on the buffer, a cache miss later).
 * - send: the data lands in a receive buffer the target posted beforehand; the
 *   target's CPU finds the completion by polling its CQ (or, without spinning,
 *   through a completion event).
 * - read: a round trip of its own: a request out, the target NIC reads memory by
 *   DMA, the response carries the data back, and the initiator polls its CQ.
 * - atomic: like read, with an 8-byte read-modify-write done by the target NIC.
 *
 * Messages up to perftest's inline limit are pushed with the work request
 * (BlueFlame-style MMIO), so the NIC reads nothing over PCIe before sending.
 */
import {
  CQ_POLL_LOOP_CYCLES,
  CQE_PROCESS_CYCLES,
  MMIO_WC_BYTES_PER_NS,
  PCIE_DMA_READ_NS,
  PCIE_DMA_WRITE_NS,
  PCIE_MMIO_WRITE_NS,
  POST_WR_CYCLES,
  RDMA_INLINE_SEND_MAX_BYTES,
  RDMA_INLINE_WRITE_MAX_BYTES,
  RDMA_WQE_BYTES,
  RNIC_MAX_MPPS,
  RNIC_RX_NS,
  RNIC_TX_NS,
} from '../constants';
import type { PathBuilder } from '../path';
import type { StageSide } from '../types';
import type { PathContext } from './context';
import { addDmaWrite, addWire, RESPONSE_WIRE } from './hardware';
import type { PathResult } from './result';
import { addInterrupt, addPollDetect, addWakeup } from './wake';
import { STAGE_INFO as S } from '../stage-info';

function inlineLimit(ctx: PathContext): number {
  const op = ctx.r.rdmaOp;
  return op === 'send' ? RDMA_INLINE_SEND_MAX_BYTES : op === 'write' ? RDMA_INLINE_WRITE_MAX_BYTES : 0;
}

function addPost(b: PathBuilder, ctx: PathContext): void {
  b.add(S['post-wr'], 'sender', POST_WR_CYCLES * ctx.cycleNs);
  const carriesData = ctx.r.rdmaOp === 'send' || ctx.r.rdmaOp === 'write';
  const inline = carriesData && ctx.r.payloadBytes <= inlineLimit(ctx);
  const pushedBytes = RDMA_WQE_BYTES + (inline ? ctx.r.payloadBytes : 0);
  b.add(S['pio-push'], 'sender', PCIE_MMIO_WRITE_NS + ctx.numaNs + pushedBytes / MMIO_WC_BYTES_PER_NS);
  if (carriesData && !inline) {
    b.add(S['dma-payload-read'], 'sender', PCIE_DMA_READ_NS + ctx.numaNs + ctx.layout.fullFramePayloadBytes / ctx.pcieBytesPerNs);
  }
  b.add(S['rnic-tx'], 'sender', RNIC_TX_NS);
}

/** The completing side finds its completion: a spinning ibv_poll_cq, or a completion event it slept on. */
function addCompletion(b: PathBuilder, ctx: PathContext, side: StageSide): void {
  const c = ctx.cycleNs;
  if (ctx.r.spin) {
    addPollDetect(b, ctx, S['cq-poll'], CQ_POLL_LOOP_CYCLES * c, side);
  } else {
    // ibv_req_notify_cq + ibv_get_cq_event: an interrupt, a wake-up, and the read() on the channel returning.
    addInterrupt(b, ctx, false, side);
    addWakeup(b, ctx, side);
    b.add(S['syscall-exit'], side, ctx.syscallExitNs);
    b.coreBatch(ctx.syscallEntryNs + ctx.syscallExitNs);
  }
  const processNs = CQE_PROCESS_CYCLES * c;
  b.add(S['cqe-process'], side, processNs);
  b.core(processNs);
}

export function rdmaPath(ctx: PathContext, b: PathBuilder): PathResult {
  const { rdmaOp: op, spin } = ctx.r;
  const { layout } = ctx;
  const c = ctx.cycleNs;
  const idle = { syscalls: 0, copies: 0, interrupts: 0, contextSwitches: 0 };
  const preempt = spin ? 'user-spin' : 'sleeping';
  addPost(b, ctx);

  if (op === 'write' || op === 'send') {
    addWire(b, ctx, layout.wireBytes);
    b.add(S['rnic-rx'], 'receiver', RNIC_RX_NS);
    addDmaWrite(b, ctx, 'receiver', layout.fullFramePayloadBytes);
    if (op === 'write') return { counts: idle, preempt: 'user-spin', nicMaxMpps: RNIC_MAX_MPPS, coreless: true };
    addCompletion(b, ctx, 'receiver');
    // The receiver posts a fresh receive buffer for the next message, off the latency path.
    b.core(POST_WR_CYCLES * c);
    const counts = spin ? idle : { syscalls: 1, copies: 0, interrupts: 1, contextSwitches: 1 };
    return { counts, preempt, nicMaxMpps: RNIC_MAX_MPPS };
  }

  addWire(b, ctx, layout.requestWireBytes);
  b.add(S['rnic-rx'], 'receiver', RNIC_RX_NS);
  if (op === 'read') {
    b.add(S['responder-dma-read'], 'receiver', PCIE_DMA_READ_NS + ctx.numaNs + layout.fullFramePayloadBytes / ctx.pcieBytesPerNs);
  } else {
    b.add(S['responder-atomic'], 'receiver', PCIE_DMA_READ_NS + PCIE_DMA_WRITE_NS + 2 * ctx.numaNs);
  }
  b.add(S['resp-rnic-tx'], 'receiver', RNIC_TX_NS);
  addWire(b, ctx, layout.wireBytes, RESPONSE_WIRE);
  b.add(S['resp-rnic-rx'], 'sender', RNIC_RX_NS);
  addDmaWrite(b, ctx, 'sender', layout.fullFramePayloadBytes);
  addCompletion(b, ctx, 'sender');
  b.core(POST_WR_CYCLES * c);
  // The responder's CPU takes no part: nothing counts on the target host.
  return { counts: idle, preempt, nicMaxMpps: RNIC_MAX_MPPS };
}
