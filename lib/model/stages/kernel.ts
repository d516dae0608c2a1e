/**
 * The three techniques that keep the kernel's socket path: plain sockets, kernel
 * busy polling (SO_BUSY_POLL) and io_uring. Busy polling removes the interrupt,
 * the wake-up and the context switch, and keeps the system call, the copies and
 * the protocol processing (Documentation/networking/napi.rst, "Busy polling").
 */
import { BUSY_POLL_LOOP_CYCLES, CQ_RING_READ_CYCLES, NIC_RX_NS, URING_COMPLETE_CYCLES } from '../constants';
import type { PathBuilder } from '../path';
import type { PathContext } from './context';
import { addNicRx, addWire } from './hardware';
import type { PathResult } from './result';
import { addSocketRecv, addSocketRxStack, addSocketTx, unitsPerMessage } from './socket-path';
import { addInterrupt, addPollDetect, addWakeup } from './wake';
import { STAGE_INFO as S } from '../stage-info';

/** Receive calls (one per UDP datagram, one for a TCP message) and copies on the receiving host. */
function recvCalls(ctx: PathContext): number {
  return ctx.r.protocol === 'tcp' ? 1 : ctx.layout.datagrams;
}

function addSyscallReturn(b: PathBuilder, ctx: PathContext, calls: number): void {
  b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
  b.core(calls * (ctx.syscallEntryNs + ctx.syscallExitNs));
}

export function kernelPath(ctx: PathContext, b: PathBuilder): PathResult {
  addSocketTx(b, ctx, 'syscall-entry');
  addWire(b, ctx, ctx.layout.wireBytes);
  addNicRx(b, ctx, S['nic-rx'], NIC_RX_NS);
  addInterrupt(b, ctx, true);
  addSocketRxStack(b, ctx);
  addWakeup(b, ctx);
  addSocketRecv(b, ctx);
  const calls = recvCalls(ctx);
  addSyscallReturn(b, ctx, calls);
  return { counts: { syscalls: calls, copies: calls, interrupts: 1, contextSwitches: 1 }, preempt: 'sleeping' };
}

export function busyPollPath(ctx: PathContext, b: PathBuilder): PathResult {
  addSocketTx(b, ctx, 'syscall-entry');
  addWire(b, ctx, ctx.layout.wireBytes);
  addNicRx(b, ctx, S['nic-rx'], NIC_RX_NS);
  const loopNs = BUSY_POLL_LOOP_CYCLES * ctx.cycleNs;
  addPollDetect(b, ctx, S['busy-poll'], loopNs);
  b.coreBatch(loopNs);
  addSocketRxStack(b, ctx);
  addSocketRecv(b, ctx);
  const calls = recvCalls(ctx);
  addSyscallReturn(b, ctx, calls);
  return { counts: { syscalls: calls, copies: calls, interrupts: 0, contextSwitches: 0 }, preempt: 'kernel-spin' };
}

/**
 * io_uring: the send and the receive are requests on shared rings. In a ping-pong
 * each side makes one io_uring_enter per message that submits and waits; under
 * load one call carries a batch, which is where io_uring saves system calls. With
 * `spin`, the wait busy-polls NAPI (IORING_REGISTER_NAPI) instead of sleeping.
 */
export function ioUringPath(ctx: PathContext, b: PathBuilder): PathResult {
  const { spin } = ctx.r;
  const c = ctx.cycleNs;
  addSocketTx(b, ctx, 'uring-submit');
  addWire(b, ctx, ctx.layout.wireBytes);
  addNicRx(b, ctx, S['nic-rx'], NIC_RX_NS);
  if (spin) {
    const loopNs = BUSY_POLL_LOOP_CYCLES * c;
    addPollDetect(b, ctx, S['busy-poll'], loopNs);
    b.coreBatch(loopNs);
  } else {
    addInterrupt(b, ctx, true);
  }
  addSocketRxStack(b, ctx);
  if (!spin) addWakeup(b, ctx);
  addSocketRecv(b, ctx);
  const completeNs = URING_COMPLETE_CYCLES * c;
  b.add(S['uring-complete'], 'receiver', completeNs);
  b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
  const readNs = CQ_RING_READ_CYCLES * c;
  b.add(S['cq-ring-read'], 'receiver', readNs);
  b.core(unitsPerMessage(ctx) * (completeNs + readNs));
  b.coreBatch(ctx.syscallEntryNs + ctx.syscallExitNs);
  const copies = recvCalls(ctx);
  return {
    counts: { syscalls: 1, copies, interrupts: spin ? 0 : 1, contextSwitches: spin ? 0 : 1 },
    preempt: spin ? 'kernel-spin' : 'sleeping',
  };
}
