/**
 * Stages outside the CPU, shared by every technique: PCIe transfers, the NIC's
 * pipelines, the wire and the switches.
 */
import {
  COPY_SETUP_CYCLES,
  CTPIO_TX_NS,
  MMIO_WC_BYTES_PER_NS,
  NIC_TX_NS,
  PCIE_DMA_READ_NS,
  PCIE_DMA_WRITE_NS,
  PCIE_MMIO_WRITE_NS,
  PROPAGATION_NS_PER_METER,
  SWITCH_CUT_THROUGH_NS,
} from '../constants';
import type { PathBuilder } from '../path';
import type { StageInfo, StageSide } from '../types';
import type { PathContext } from './context';
import { STAGE_INFO as S } from '../stage-info';

/** A CPU copy of `bytes`: a fixed setup cost plus the bytes at memory bandwidth, ns. */
export function copyNs(ctx: PathContext, bytes: number): number {
  return COPY_SETUP_CYCLES * ctx.cycleNs + bytes / ctx.copyBytesPerNs;
}

/**
 * Transmit through a descriptor ring: the doorbell write, then the NIC's two
 * dependent DMA reads (descriptor, then frame), then its transmit pipeline.
 */
export function addDescriptorTx(b: PathBuilder, ctx: PathContext): void {
  b.add(S.doorbell, 'sender', PCIE_MMIO_WRITE_NS + ctx.numaNs);
  const frameNs = ctx.layout.maxFrameBytes / ctx.pcieBytesPerNs;
  b.add(S['dma-tx-read'], 'sender', 2 * (PCIE_DMA_READ_NS + ctx.numaNs) + frameNs);
  b.add(S['nic-tx'], 'sender', NIC_TX_NS);
}

/** CTPIO: the CPU writes the whole frame to the adapter, which sends it from there (store-and-forward mode). */
export function addCtpioTx(b: PathBuilder, ctx: PathContext): void {
  b.add(S['pio-push'], 'sender', PCIE_MMIO_WRITE_NS + ctx.numaNs + ctx.layout.maxFrameBytes / MMIO_WC_BYTES_PER_NS);
  b.add(S['ctpio-tx'], 'sender', CTPIO_TX_NS);
}

/** The receiving NIC's pipeline and its DMA write of the frame and completion into memory. */
export function addNicRx(b: PathBuilder, ctx: PathContext, stage: StageInfo, nicNs: number, side: StageSide = 'receiver'): void {
  b.add(stage, side, nicNs);
  addDmaWrite(b, ctx, side, ctx.layout.maxFrameBytes);
}

export function addDmaWrite(b: PathBuilder, ctx: PathContext, side: StageSide, bytes: number): void {
  b.add(S['dma-rx-write'], side, PCIE_DMA_WRITE_NS + ctx.numaNs + bytes / ctx.pcieBytesPerNs);
}

interface WireStages {
  serialization: StageInfo;
  propagation: StageInfo;
  switch: StageInfo;
}

export const DATA_WIRE: WireStages = { serialization: S.serialization, propagation: S.propagation, switch: S.switch };
export const RESPONSE_WIRE: WireStages = {
  serialization: S['resp-serialization'],
  propagation: S['resp-propagation'],
  switch: S['resp-switch'],
};

/**
 * Serialization of `wireBytes` at the link rate, propagation along every cable
 * (one more cable than switches), and the switches. A cut-through switch adds
 * its latency once per message, since later frames stream behind the first;
 * a store-and-forward switch also waits for the largest frame to arrive whole.
 */
export function addWire(b: PathBuilder, ctx: PathContext, wireBytes: number, ids: WireStages = DATA_WIRE): void {
  const { r } = ctx;
  b.add(ids.serialization, 'wire', (wireBytes * 8) / r.linkGbps);
  const propagationNs = (r.switchHops + 1) * r.cableMeters * PROPAGATION_NS_PER_METER;
  if (propagationNs > 0) b.add(ids.propagation, 'wire', propagationNs);
  if (r.switchHops > 0) {
    const perHopNs = SWITCH_CUT_THROUGH_NS + (r.switchMode === 'store-and-forward' ? ctx.frameWireNs : 0);
    b.add(ids.switch, 'wire', r.switchHops * perHopNs);
  }
}
