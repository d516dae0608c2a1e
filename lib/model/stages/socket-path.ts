/**
 * The Linux socket path's halves: the send side from the system call to the
 * doorbell, and the receive side from the NAPI poll to the copy to user. The
 * kernel, busy-poll and io_uring techniques differ only in what surrounds them.
 *
 * Multi-frame messages: TCP hands the stack one TSO chunk of up to 64 KB at a
 * time and GRO rebuilds chunks of up to 64 KB on the receiver, so TCP, IP and
 * socket work happen once per chunk while the driver and the copies work per
 * frame. A UDP datagram above the MTU is IP-fragmented, so IP and the driver
 * work per fragment and UDP per datagram.
 */
import {
  GRO_MAX_BYTES,
  GRO_PER_FRAME_CYCLES,
  IP_RX_CYCLES,
  IP_TX_CYCLES,
  NAPI_RX_PER_FRAME_CYCLES,
  QDISC_DRIVER_TX_CYCLES,
  SOCKET_ENQUEUE_CYCLES,
  TCP_RECVMSG_CYCLES,
  TCP_RX_CYCLES,
  TCP_SENDMSG_CYCLES,
  TCP_TX_CYCLES,
  UDP_MAX_PAYLOAD_BYTES,
  UDP_RECVMSG_CYCLES,
  UDP_RX_CYCLES,
  UDP_SENDMSG_CYCLES,
  UDP_TX_CYCLES,
  URING_SUBMIT_CYCLES,
} from '../constants';
import type { PathBuilder } from '../path';
import type { PathContext } from './context';
import { addDescriptorTx, copyNs } from './hardware';
import { STAGE_INFO as S } from '../stage-info';

/** Frames that share one pass of the per-chunk (TCP) or per-datagram (UDP) work. */
function framesPerUnit(ctx: PathContext): number {
  const unitBytes = ctx.r.protocol === 'tcp' ? GRO_MAX_BYTES : UDP_MAX_PAYLOAD_BYTES;
  return Math.max(1, Math.floor(unitBytes / ctx.layout.fullFramePayloadBytes));
}

/** Units (TSO/GRO chunks for TCP, datagrams for UDP) in the message. */
export function unitsPerMessage(ctx: PathContext): number {
  return ctx.r.protocol === 'tcp' ? Math.ceil(ctx.layout.frames / framesPerUnit(ctx)) : ctx.layout.datagrams;
}

export function addSocketTx(b: PathBuilder, ctx: PathContext, entry: 'syscall-entry' | 'uring-submit'): void {
  const c = ctx.cycleNs;
  const tcp = ctx.r.protocol === 'tcp';
  const perUnit = framesPerUnit(ctx);
  if (entry === 'syscall-entry') b.add(S['syscall-entry'], 'sender', ctx.syscallEntryNs);
  else b.add(S['uring-submit'], 'sender', ctx.syscallEntryNs + URING_SUBMIT_CYCLES * c);
  const sendmsgNs = (tcp ? TCP_SENDMSG_CYCLES : UDP_SENDMSG_CYCLES) * c;
  const sendmsg = b.add(tcp ? S['tcp-sendmsg'] : S['udp-sendmsg'], 'sender', sendmsgNs);
  b.perFrame(sendmsg, sendmsgNs / perUnit);
  const frameBytes = ctx.layout.fullFramePayloadBytes;
  const copy = b.add(S['copy-from-user'], 'sender', copyNs(ctx, frameBytes));
  b.perFrame(copy, frameBytes / ctx.copyBytesPerNs);
  const transportNs = (tcp ? TCP_TX_CYCLES : UDP_TX_CYCLES) * c;
  const transport = b.add(tcp ? S['tcp-tx'] : S['udp-tx'], 'sender', transportNs);
  b.perFrame(transport, transportNs / perUnit);
  const ip = b.add(S['ip-tx'], 'sender', IP_TX_CYCLES * c);
  const driver = b.add(S['qdisc-driver-tx'], 'sender', QDISC_DRIVER_TX_CYCLES * c);
  // TSO: IP and the driver see one chunk per 64 KB; IP fragments each need their own pass and descriptor.
  const driverShare = tcp ? perUnit : 1;
  b.perFrame(ip, (IP_TX_CYCLES * c) / driverShare);
  b.perFrame(driver, (QDISC_DRIVER_TX_CYCLES * c) / driverShare);
  addDescriptorTx(b, ctx);
}

/** Driver, GRO, IP, TCP or UDP, and the socket queue. */
export function addSocketRxStack(b: PathBuilder, ctx: PathContext): void {
  const c = ctx.cycleNs;
  const tcp = ctx.r.protocol === 'tcp';
  const { frames } = ctx.layout;
  const perUnit = framesPerUnit(ctx);
  const units = unitsPerMessage(ctx);
  const napiNs = NAPI_RX_PER_FRAME_CYCLES * c;
  const groNs = GRO_PER_FRAME_CYCLES * c;
  const ipNs = IP_RX_CYCLES * c;
  const transportNs = (tcp ? TCP_RX_CYCLES : UDP_RX_CYCLES) * c;
  const enqueueNs = SOCKET_ENQUEUE_CYCLES * c;
  b.perFrame(b.add(S['napi-poll'], 'receiver', napiNs), napiNs);
  b.perFrame(b.add(S.gro, 'receiver', groNs), groNs);
  // GRO hands TCP one merged chunk; UDP fragments each pass through IP (reassembly).
  b.perFrame(b.add(S['ip-rx'], 'receiver', ipNs), tcp ? ipNs / perUnit : ipNs);
  b.perFrame(b.add(tcp ? S['tcp-rx'] : S['udp-rx'], 'receiver', transportNs), transportNs / perUnit);
  b.perFrame(b.add(S['socket-enqueue'], 'receiver', enqueueNs), enqueueNs / perUnit);
  b.core(frames * (napiNs + groNs) + (tcp ? units : frames) * ipNs + units * (transportNs + enqueueNs));
}

/** The woken receive call: dequeue and copy to the application's buffer. */
export function addSocketRecv(b: PathBuilder, ctx: PathContext): void {
  const c = ctx.cycleNs;
  const tcp = ctx.r.protocol === 'tcp';
  const perUnit = framesPerUnit(ctx);
  const recvmsgNs = (tcp ? TCP_RECVMSG_CYCLES : UDP_RECVMSG_CYCLES) * c;
  b.perFrame(b.add(tcp ? S['tcp-recvmsg'] : S['udp-recvmsg'], 'receiver', recvmsgNs), recvmsgNs / perUnit);
  const frameBytes = ctx.layout.fullFramePayloadBytes;
  b.perFrame(b.add(S['copy-to-user'], 'receiver', copyNs(ctx, frameBytes)), frameBytes / ctx.copyBytesPerNs);
  b.core(unitsPerMessage(ctx) * recvmsgNs + copyNs(ctx, ctx.r.payloadBytes));
}
