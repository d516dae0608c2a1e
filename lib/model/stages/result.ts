/** What a technique's stage builder reports besides its stages. */
import type { PathBuilder } from '../path';
import type { PathContext } from './context';

/** Which kind of thread waits for the message, for the rare-preemption part of the tail. */
export type PreemptClass = 'sleeping' | 'kernel-spin' | 'user-spin';

export interface PathResult {
  /** Per message on the receiving host. */
  counts: { syscalls: number; copies: number; interrupts: number; contextSwitches: number };
  preempt: PreemptClass;
  /** A message rate the NIC cannot exceed whatever the core does (RDMA NICs), Mpps. */
  nicMaxMpps?: number;
  /** No core touches received messages (RDMA WRITE): only the NIC and the line limit the rate. */
  coreless?: boolean;
}

export type StageBuilder = (ctx: PathContext, b: PathBuilder) => PathResult;
