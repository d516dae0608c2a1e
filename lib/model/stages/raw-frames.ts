/**
 * Techniques where the application sends and receives raw frames and is its own
 * UDP/IP stack: DPDK (poll-mode driver in user space) and AF_XDP (an XDP program
 * redirects frames into a user-space socket's rings, zero-copy mode).
 */
import {
  APP_BUILD_FRAME_CYCLES,
  APP_PARSE_CYCLES,
  BUSY_POLL_LOOP_CYCLES,
  MBUF_RECYCLE_CYCLES,
  NAPI_RX_PER_FRAME_CYCLES,
  NIC_RX_NS,
  PMD_POLL_LOOP_CYCLES,
  PMD_RX_BURST_CALL_CYCLES,
  PMD_RX_PER_PACKET_CYCLES,
  PMD_TX_BURST_CYCLES,
  XDP_REDIRECT_CYCLES,
  XSK_DRIVER_TX_CYCLES,
  XSK_DRIVER_TX_PER_FRAME_CYCLES,
  XSK_KICK_CYCLES,
  XSK_TX_POST_CYCLES,
} from '../constants';
import type { PathBuilder } from '../path';
import type { PathContext } from './context';
import { addDescriptorTx, addNicRx, addWire } from './hardware';
import type { PathResult } from './result';
import { addInterrupt, addPollDetect, addWakeup } from './wake';
import { STAGE_INFO as S } from '../stage-info';

/** The application writes each frame's headers (its payload it writes in place: no extra copy). */
function addBuildFrame(b: PathBuilder, ctx: PathContext): void {
  const ns = APP_BUILD_FRAME_CYCLES * ctx.cycleNs;
  b.perFrame(b.add(S['app-build-frame'], 'sender', ns), ns);
}

function addParse(b: PathBuilder, ctx: PathContext): void {
  const ns = APP_PARSE_CYCLES * ctx.cycleNs;
  b.perFrame(b.add(S['app-parse'], 'receiver', ns), ns);
}

/** A sleeping receiver woken through the kernel: interrupt, wake-up, and the wait call's return. */
function addSleepingReceive(b: PathBuilder, ctx: PathContext): void {
  addInterrupt(b, ctx, true);
  addWakeup(b, ctx);
  b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
  b.coreBatch(ctx.syscallEntryNs + ctx.syscallExitNs);
}

/**
 * DPDK. Spinning is the normal mode; without it the lcore sleeps in
 * rte_epoll_wait after rte_eth_dev_rx_intr_enable, as l3fwd-power does.
 */
export function dpdkPath(ctx: PathContext, b: PathBuilder): PathResult {
  const c = ctx.cycleNs;
  const { frames } = ctx.layout;
  addBuildFrame(b, ctx);
  const txNs = PMD_TX_BURST_CYCLES * c;
  b.perFrame(b.add(S['pmd-tx-burst'], 'sender', txNs), txNs);
  addDescriptorTx(b, ctx);
  addWire(b, ctx, ctx.layout.wireBytes);
  addNicRx(b, ctx, S['nic-rx'], NIC_RX_NS);
  const callNs = PMD_RX_BURST_CALL_CYCLES * c;
  const perPacketNs = PMD_RX_PER_PACKET_CYCLES * c;
  if (ctx.r.spin) addPollDetect(b, ctx, S['pmd-poll'], PMD_POLL_LOOP_CYCLES * c);
  else addSleepingReceive(b, ctx);
  b.perFrame(b.add(S['pmd-rx-burst'], 'receiver', callNs + perPacketNs), perPacketNs);
  addParse(b, ctx);
  b.core(frames * (perPacketNs + MBUF_RECYCLE_CYCLES * c));
  b.coreBatch(callNs);
  const sleeping = !ctx.r.spin;
  return {
    counts: { syscalls: sleeping ? 1 : 0, copies: 0, interrupts: sleeping ? 1 : 0, contextSwitches: sleeping ? 1 : 0 },
    preempt: sleeping ? 'sleeping' : 'user-spin',
  };
}

/**
 * AF_XDP in zero-copy mode with need_wakeup. Spinning here means busy polling
 * (SO_BUSY_POLL with SO_PREFER_BUSY_POLL): the application's recvfrom() runs the
 * driver's NAPI poll itself, so no interrupt, but one system call per poll.
 * Without it the NIC interrupts, NAPI runs in softirq and the application
 * sleeps in poll().
 */
export function afXdpPath(ctx: PathContext, b: PathBuilder): PathResult {
  const c = ctx.cycleNs;
  const { frames } = ctx.layout;
  addBuildFrame(b, ctx);
  const postNs = XSK_TX_POST_CYCLES * c;
  b.perFrame(b.add(S['xsk-tx-post'], 'sender', postNs), postNs);
  b.add(S['xsk-kick'], 'sender', ctx.syscallEntryNs + XSK_KICK_CYCLES * c);
  const driverTxNs = XSK_DRIVER_TX_CYCLES * c;
  b.perFrame(b.add(S['xsk-driver-tx'], 'sender', driverTxNs), XSK_DRIVER_TX_PER_FRAME_CYCLES * c);
  addDescriptorTx(b, ctx);
  addWire(b, ctx, ctx.layout.wireBytes);
  addNicRx(b, ctx, S['nic-rx'], NIC_RX_NS);
  const { spin } = ctx.r;
  if (spin) {
    const loopNs = BUSY_POLL_LOOP_CYCLES * c + ctx.syscallEntryNs + ctx.syscallExitNs;
    addPollDetect(b, ctx, S['busy-poll'], loopNs);
    b.coreBatch(loopNs);
  } else {
    addInterrupt(b, ctx, true);
  }
  // No sk_buff is built for an XDP frame, so the driver's receive work is about half the socket path's.
  const driverRxNs = (NAPI_RX_PER_FRAME_CYCLES / 2) * c;
  b.perFrame(b.add(S['xdp-driver-rx'], 'receiver', driverRxNs), driverRxNs);
  const redirectNs = XDP_REDIRECT_CYCLES * c;
  b.perFrame(b.add(S['xdp-redirect'], 'receiver', redirectNs), redirectNs);
  if (spin) {
    b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
  } else {
    addWakeup(b, ctx);
    b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
    b.coreBatch(ctx.syscallEntryNs + ctx.syscallExitNs);
  }
  addParse(b, ctx);
  b.core(frames * (driverRxNs + redirectNs));
  return {
    counts: { syscalls: 1, copies: 0, interrupts: spin ? 0 : 1, contextSwitches: spin ? 0 : 1 },
    preempt: spin ? 'kernel-spin' : 'sleeping',
  };
}
