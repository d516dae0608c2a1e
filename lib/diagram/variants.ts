/**
 * The paths the stack diagram can draw: one per technique, and one per RDMA
 * operation, because a WRITE, a READ and a SEND take different routes through
 * the two hosts (ACCURACY.md A13, B16).
 */
import { SCENARIO_FIELDS, TECHNIQUES, type Layer, type RdmaOp, type Scenario, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';

/** Every technique of the model, with RDMA split by operation: derived, so a new technique is a compile error here until drawn. */
export type PathVariantId = Exclude<TechniqueId, 'rdma'> | `rdma-${RdmaOp}`;

export interface PathVariant {
  id: PathVariantId;
  /** What the technique switcher calls it. */
  name: string;
  technique: TechniqueId;
  rdmaOp?: RdmaOp;
  /** The library row's label: the socket API or the bypass library the application calls. */
  library: string;
  /**
   * Model layers below the library that this technique runs inside the
   * application's process: DPDK's poll-mode driver, Onload's TCP/IP and its
   * event-queue polling, ef_vi's ring handling. The diagram draws their stages
   * in the library row, above the user/kernel boundary.
   */
  userSpace: readonly Layer[];
}

function socketVariant(id: PathVariantId & TechniqueId, library: string, userSpace: readonly Layer[] = []): PathVariant {
  return { id, name: TECHNIQUES[id].name, technique: id, library, userSpace };
}

function rdmaVariant(op: RdmaOp): PathVariant {
  return { id: `rdma-${op}`, name: `RDMA ${op}`, technique: 'rdma', rdmaOp: op, library: 'libibverbs', userSpace: [] };
}

/** In the switcher's order: the kernel path first, then partial bypass, then full bypass. */
export const PATH_VARIANTS: readonly PathVariant[] = [
  socketVariant('kernel', 'socket API (libc)'),
  socketVariant('kernel-busy-poll', 'socket API (libc)'),
  socketVariant('io-uring', 'liburing'),
  socketVariant('af-xdp', 'libxdp'),
  socketVariant('dpdk', 'DPDK PMD', ['driver']),
  socketVariant('onload', 'libonload', ['protocol', 'driver']),
  socketVariant('ef-vi', 'ef_vi', ['driver']),
  rdmaVariant('send'),
  rdmaVariant('write'),
  rdmaVariant('read'),
  rdmaVariant('atomic'),
];

export const PATH_VARIANT_IDS: readonly PathVariantId[] = PATH_VARIANTS.map((v) => v.id);

export function isPathVariantId(value: unknown): value is PathVariantId {
  return typeof value === 'string' && (PATH_VARIANT_IDS as readonly string[]).includes(value);
}

export function pathVariant(id: PathVariantId): PathVariant {
  const v = PATH_VARIANTS.find((p) => p.id === id);
  if (!v) throw new Error(`no path variant '${id}'`);
  return v;
}

/**
 * Reads a variant id from an MDX prop. Throws, naming the valid values, so a
 * typo in a lesson fails the build instead of drawing the wrong path.
 */
export function parsePathVariant(value: unknown, prop = 'technique'): PathVariantId {
  if (isPathVariantId(value)) return value;
  throw new Error(`StackDiagram: ${prop}="${String(value)}" is not a path; expected one of ${PATH_VARIANT_IDS.join(', ')}`);
}

function numberDefault(key: 'payloadBytes' | 'linkGbps'): number {
  const f = SCENARIO_FIELDS.find((field) => field.key === key);
  if (f?.kind !== 'number') throw new Error(`SCENARIO_FIELDS has no number field '${key}'`);
  return f.default;
}

/**
 * The model scenario for a variant under the shared settings. The variant fixes
 * the technique and the RDMA operation; everything else (payload, link, hops,
 * spin...) comes from the store, so the diagram and the lab compute the same thing.
 */
export function variantScenario(id: PathVariantId, settings: ScenarioSettings): Scenario {
  const v = pathVariant(id);
  const scenario: Scenario = {
    ...settings,
    technique: v.technique,
    payloadBytes: settings.payloadBytes ?? numberDefault('payloadBytes'),
    linkGbps: settings.linkGbps ?? numberDefault('linkGbps'),
  };
  if (v.rdmaOp) scenario.rdmaOp = v.rdmaOp;
  return scenario;
}
