/**
 * Onload and ef_vi on an AMD Solarflare X2-series adapter, the hardware the
 * calibration figures come from (UG1586). Small frames go out by CTPIO, larger
 * ones through the ordinary descriptor ring; the receiver spins on the event
 * queue (EF_POLL_USEC) or, without spinning, sleeps in the kernel until the
 * adapter's interrupt (EF_INT_DRIVEN behaviour).
 */
import {
  APP_BUILD_FRAME_CYCLES,
  APP_PARSE_CYCLES,
  CTPIO_MAX_FRAME_BYTES,
  EFVI_RX_EVENT_CYCLES,
  EFVI_TRANSMIT_CYCLES,
  EVENTQ_POLL_LOOP_CYCLES,
  ONLOAD_INTERCEPT_CYCLES,
  ONLOAD_TCP_RX_CYCLES,
  ONLOAD_TCP_TX_CYCLES,
  ONLOAD_UDP_RX_CYCLES,
  ONLOAD_UDP_TX_CYCLES,
  SFC_NIC_RX_NS,
} from '../constants';
import type { PathBuilder } from '../path';
import type { PathContext } from './context';
import { addCtpioTx, addDescriptorTx, addNicRx, addWire, copyNs } from './hardware';
import type { PathResult } from './result';
import { addInterrupt, addPollDetect, addWakeup } from './wake';
import { STAGE_INFO as S } from '../stage-info';

function addSfcTx(b: PathBuilder, ctx: PathContext): void {
  if (ctx.layout.maxFrameBytes <= CTPIO_MAX_FRAME_BYTES) addCtpioTx(b, ctx);
  else addDescriptorTx(b, ctx);
}

/** Until the RX event is seen: spinning on the event queue, or the interrupt and wake-up of a blocked call. */
function addSfcRx(b: PathBuilder, ctx: PathContext): void {
  addNicRx(b, ctx, S['nic-rx'], SFC_NIC_RX_NS);
  if (ctx.r.spin) {
    addPollDetect(b, ctx, S['eventq-poll'], EVENTQ_POLL_LOOP_CYCLES * ctx.cycleNs);
    return;
  }
  addInterrupt(b, ctx, true);
  addWakeup(b, ctx);
  b.add(S['syscall-exit'], 'receiver', ctx.syscallExitNs);
  b.coreBatch(ctx.syscallEntryNs + ctx.syscallExitNs);
}

function sleepingCounts(spin: boolean, copies: number): PathResult['counts'] {
  return spin
    ? { syscalls: 0, copies, interrupts: 0, contextSwitches: 0 }
    : { syscalls: 1, copies, interrupts: 1, contextSwitches: 1 };
}

/** Onload: unchanged socket calls, served by the preloaded library's own TCP/UDP stack. */
export function onloadPath(ctx: PathContext, b: PathBuilder): PathResult {
  const c = ctx.cycleNs;
  const tcp = ctx.r.protocol === 'tcp';
  const { frames, fullFramePayloadBytes: frameBytes, datagrams } = ctx.layout;
  const interceptNs = ONLOAD_INTERCEPT_CYCLES * c;
  b.add(S['onload-intercept'], 'sender', interceptNs);
  b.perFrame(b.add(S['copy-to-pkt-buf'], 'sender', copyNs(ctx, frameBytes)), frameBytes / ctx.copyBytesPerNs);
  const txNs = (tcp ? ONLOAD_TCP_TX_CYCLES : ONLOAD_UDP_TX_CYCLES) * c;
  b.perFrame(b.add(tcp ? S['onload-tcp-tx'] : S['onload-udp-tx'], 'sender', txNs), txNs);
  addSfcTx(b, ctx);
  addWire(b, ctx, ctx.layout.wireBytes);
  addSfcRx(b, ctx);
  const rxNs = (tcp ? ONLOAD_TCP_RX_CYCLES : ONLOAD_UDP_RX_CYCLES) * c;
  b.perFrame(b.add(tcp ? S['onload-tcp-rx'] : S['onload-udp-rx'], 'receiver', rxNs), rxNs);
  b.perFrame(b.add(S['copy-to-app'], 'receiver', copyNs(ctx, frameBytes)), frameBytes / ctx.copyBytesPerNs);
  b.core(interceptNs + frames * (rxNs + EFVI_RX_EVENT_CYCLES * c) + copyNs(ctx, ctx.r.payloadBytes));
  return {
    counts: sleepingCounts(ctx.r.spin, tcp ? 1 : datagrams),
    preempt: ctx.r.spin ? 'user-spin' : 'sleeping',
  };
}

/** ef_vi: raw frames on a virtual interface's rings, no copy, the application's own headers. */
export function efviPath(ctx: PathContext, b: PathBuilder): PathResult {
  const c = ctx.cycleNs;
  const buildNs = APP_BUILD_FRAME_CYCLES * c;
  b.perFrame(b.add(S['app-build-frame'], 'sender', buildNs), buildNs);
  const txNs = EFVI_TRANSMIT_CYCLES * c;
  b.perFrame(b.add(S['efvi-transmit'], 'sender', txNs), txNs);
  addSfcTx(b, ctx);
  addWire(b, ctx, ctx.layout.wireBytes);
  addSfcRx(b, ctx);
  const eventNs = EFVI_RX_EVENT_CYCLES * c;
  b.perFrame(b.add(S['efvi-rx-event'], 'receiver', eventNs), eventNs);
  const parseNs = APP_PARSE_CYCLES * c;
  b.perFrame(b.add(S['app-parse'], 'receiver', parseNs), parseNs);
  b.core(ctx.layout.frames * eventNs);
  return { counts: sleepingCounts(ctx.r.spin, 0), preempt: ctx.r.spin ? 'user-spin' : 'sleeping' };
}
