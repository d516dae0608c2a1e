/**
 * What a message puts on the wire: how many frames, and how many bytes they take
 * with every header each technique adds, segmented the way the technique really
 * segments (TCP into MSS-sized segments, a UDP socket datagram into IP fragments,
 * raw-frame applications into one datagram per frame, RDMA into path-MTU packets).
 */
import {
  ATOMIC_OPERAND_BYTES,
  ETH_FCS_BYTES,
  ETH_HEADER_BYTES,
  ETH_IFG_BYTES,
  ETH_MIN_FRAME_BYTES,
  ETH_PREAMBLE_SFD_BYTES,
  IB_AETH_BYTES,
  IB_ATOMIC_ACK_ETH_BYTES,
  IB_ATOMIC_ETH_BYTES,
  IB_BTH_BYTES,
  IB_ICRC_BYTES,
  IB_LRH_BYTES,
  IB_MTU_VALUES_BYTES,
  IB_RETH_BYTES,
  IB_VCRC_BYTES,
  IP_FRAGMENT_UNIT_BYTES,
  IPV4_HEADER_BYTES,
  ROCE_MTU_OVERHEAD_BYTES,
  TCP_HEADER_BYTES,
  TCP_TIMESTAMP_OPTION_BYTES,
  UDP_HEADER_BYTES,
  UDP_MAX_PAYLOAD_BYTES,
} from './constants';
import type { ResolvedScenario } from './types';

export interface FrameLayout {
  /** Frames (packets) carrying the data, in the direction the data travels. */
  frames: number;
  /** Bytes those frames take on the wire (Ethernet: preamble, SFD and inter-frame gap included). */
  wireBytes: number;
  /** The largest of them on the wire. */
  maxFrameWireBytes: number;
  /** The largest frame with its FCS, without preamble or gap (what EF_CTPIO_MAX_FRAME_LEN compares). */
  maxFrameBytes: number;
  /** Application bytes in a full frame: the unit of per-frame work when frames are pipelined. */
  fullFramePayloadBytes: number;
  /** RDMA read and atomic: the request packet, which crosses the wire the other way first (else 0). */
  requestWireBytes: number;
  /** UDP over sockets: datagrams of at most 65,507 bytes. Otherwise 1. */
  datagrams: number;
  /** Application bytes the message delivers: the payload, or the 8-byte operand of an atomic. */
  messageBytes: number;
}

const ETH_L2_BYTES = ETH_HEADER_BYTES + ETH_FCS_BYTES;
const ETH_GAP_BYTES = ETH_PREAMBLE_SFD_BYTES + ETH_IFG_BYTES;
const UDP_IP_BYTES = IPV4_HEADER_BYTES + UDP_HEADER_BYTES;
const TCP_IP_BYTES = IPV4_HEADER_BYTES + TCP_HEADER_BYTES + TCP_TIMESTAMP_OPTION_BYTES;
const ROCE_PACKET_BYTES = ETH_HEADER_BYTES + UDP_IP_BYTES + IB_BTH_BYTES + IB_ICRC_BYTES + ETH_FCS_BYTES;
const IB_PACKET_BYTES = IB_LRH_BYTES + IB_BTH_BYTES + IB_ICRC_BYTES + IB_VCRC_BYTES;

/** An Ethernet frame carrying `l3Bytes` of IP packet: header, FCS, padding to the minimum. */
export function ethFrameBytes(l3Bytes: number): number {
  return Math.max(ETH_MIN_FRAME_BYTES, l3Bytes + ETH_L2_BYTES);
}

function ethWireBytes(l3Bytes: number): number {
  return ethFrameBytes(l3Bytes) + ETH_GAP_BYTES;
}

/** `payload` cut into chunks of `chunk`, each in its own frame behind `l3Overhead` header bytes. */
function chunked(payload: number, chunk: number, l3Overhead: number, datagrams: number): FrameLayout {
  const frames = Math.ceil(payload / chunk);
  const last = payload - (frames - 1) * chunk;
  const fullWire = ethWireBytes(l3Overhead + chunk);
  const largest = frames > 1 ? chunk : last;
  return {
    frames,
    wireBytes: (frames - 1) * fullWire + ethWireBytes(l3Overhead + last),
    maxFrameWireBytes: ethWireBytes(l3Overhead + largest),
    maxFrameBytes: ethFrameBytes(l3Overhead + largest),
    fullFramePayloadBytes: largest,
    requestWireBytes: 0,
    datagrams,
    messageBytes: payload,
  };
}

/** One UDP datagram of `d` bytes sent through a socket: IP fragments it above the MTU. */
function datagramWire(d: number, mtu: number, fragData: number): { frames: number; wireBytes: number } {
  const ipPayload = UDP_HEADER_BYTES + d;
  if (IPV4_HEADER_BYTES + ipPayload <= mtu) return { frames: 1, wireBytes: ethWireBytes(IPV4_HEADER_BYTES + ipPayload) };
  const frames = Math.ceil(ipPayload / fragData);
  const rest = ipPayload - (frames - 1) * fragData;
  return {
    frames,
    wireBytes: (frames - 1) * ethWireBytes(IPV4_HEADER_BYTES + fragData) + ethWireBytes(IPV4_HEADER_BYTES + rest),
  };
}

function udpSocketLayout(payload: number, mtu: number): FrameLayout {
  const fragData = Math.floor((mtu - IPV4_HEADER_BYTES) / IP_FRAGMENT_UNIT_BYTES) * IP_FRAGMENT_UNIT_BYTES;
  const datagrams = Math.ceil(payload / UDP_MAX_PAYLOAD_BYTES);
  const lastSize = payload - (datagrams - 1) * UDP_MAX_PAYLOAD_BYTES;
  const last = datagramWire(lastSize, mtu, fragData);
  const full = datagrams > 1 ? datagramWire(UDP_MAX_PAYLOAD_BYTES, mtu, fragData) : { frames: 0, wireBytes: 0 };
  const frames = (datagrams - 1) * full.frames + last.frames;
  const single = frames === 1;
  const maxL3 = single ? UDP_IP_BYTES + payload : IPV4_HEADER_BYTES + fragData;
  return {
    frames,
    wireBytes: (datagrams - 1) * full.wireBytes + last.wireBytes,
    maxFrameWireBytes: ethWireBytes(maxL3),
    maxFrameBytes: ethFrameBytes(maxL3),
    fullFramePayloadBytes: single ? payload : fragData,
    requestWireBytes: 0,
    datagrams,
    messageBytes: payload,
  };
}

/** RoCE's usable path MTU: the requested one, or less if the Ethernet MTU cannot hold it. */
export function rdmaPathMtu(r: ResolvedScenario): number {
  if (r.rdmaTransport === 'infiniband') return r.rdmaPathMtuBytes;
  const room = r.mtuBytes - ROCE_MTU_OVERHEAD_BYTES;
  let fit = IB_MTU_VALUES_BYTES[0] ?? 256;
  for (const m of IB_MTU_VALUES_BYTES) if (m <= room) fit = m;
  return Math.min(fit, r.rdmaPathMtuBytes);
}

/** One RDMA packet on the wire with `ext` bytes of extension headers and `data` bytes of payload. */
function rdmaPacketBytes(roce: boolean, ext: number, data: number): number {
  return roce ? ethWireBytes(ROCE_PACKET_BYTES - ETH_L2_BYTES + ext + data) : IB_PACKET_BYTES + ext + data;
}

function rdmaLayout(r: ResolvedScenario): FrameLayout {
  const roce = r.rdmaTransport === 'roce-v2';
  if (r.rdmaOp === 'atomic') {
    const response = rdmaPacketBytes(roce, IB_AETH_BYTES + IB_ATOMIC_ACK_ETH_BYTES, 0);
    return {
      frames: 1,
      wireBytes: response,
      maxFrameWireBytes: response,
      maxFrameBytes: response,
      fullFramePayloadBytes: ATOMIC_OPERAND_BYTES,
      requestWireBytes: rdmaPacketBytes(roce, IB_ATOMIC_ETH_BYTES, 0),
      datagrams: 1,
      messageBytes: ATOMIC_OPERAND_BYTES,
    };
  }
  const mtu = rdmaPathMtu(r);
  const payload = r.payloadBytes;
  const frames = Math.ceil(payload / mtu);
  const last = payload - (frames - 1) * mtu;
  // Extension headers ride on the first packet (RETH of a write) or on the first and last (AETH of a read response).
  const firstExt = r.rdmaOp === 'write' ? IB_RETH_BYTES : r.rdmaOp === 'read' ? IB_AETH_BYTES : 0;
  const lastExt = r.rdmaOp === 'read' ? IB_AETH_BYTES : 0;
  const wireBytes =
    frames === 1
      ? rdmaPacketBytes(roce, firstExt, payload)
      : rdmaPacketBytes(roce, firstExt, mtu) + (frames - 2) * rdmaPacketBytes(roce, 0, mtu) + rdmaPacketBytes(roce, lastExt, last);
  const largest = rdmaPacketBytes(roce, firstExt, frames > 1 ? mtu : payload);
  return {
    frames,
    wireBytes,
    maxFrameWireBytes: largest,
    maxFrameBytes: largest,
    fullFramePayloadBytes: frames > 1 ? mtu : payload,
    requestWireBytes: r.rdmaOp === 'read' ? rdmaPacketBytes(roce, IB_RETH_BYTES, 0) : 0,
    datagrams: 1,
    messageBytes: payload,
  };
}

/** The frames a resolved scenario's message takes. */
export function frameLayout(r: ResolvedScenario): FrameLayout {
  switch (r.technique) {
    case 'rdma':
      return rdmaLayout(r);
    case 'dpdk':
    case 'af-xdp':
    case 'ef-vi':
      // Raw-frame applications send one UDP datagram per frame: no IP fragmentation.
      return chunked(r.payloadBytes, r.mtuBytes - UDP_IP_BYTES, UDP_IP_BYTES, Math.ceil(r.payloadBytes / (r.mtuBytes - UDP_IP_BYTES)));
    default:
      return r.protocol === 'tcp'
        ? chunked(r.payloadBytes, r.mtuBytes - TCP_IP_BYTES, TCP_IP_BYTES, 1)
        : udpSocketLayout(r.payloadBytes, r.mtuBytes);
  }
}
