/**
 * The schema of content/techniques.json: the qualitative cells of the comparison
 * table, one object per technique, each cell with a machine-readable value (which
 * the filters and the "what fits me" helper use), the text a learner reads, and
 * the sources that back it. No file access here, so types can be shared freely.
 */
import { z } from 'zod';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/model';
import { sourceSchema } from './lesson-schema';

export const CODE_CHANGES = ['none', 'relink', 'rewrite'] as const;
export const COMPLEXITY = ['low', 'medium', 'high', 'very-high'] as const;
/** any: any NIC; driver: a NIC whose driver supports it; vendor: one vendor's adapters; rdma: RDMA NICs at both ends. */
export const HARDWARE = ['any', 'driver', 'vendor', 'rdma'] as const;
export const PROTOCOLS_OFFERED = ['tcp', 'udp', 'raw', 'verbs'] as const;
export const STACK_RUNNER = ['kernel', 'library', 'application', 'nic'] as const;
/** any: the peer may run anything that speaks the same protocol; rdma: the peer must run verbs too. */
export const PEER = ['any', 'rdma'] as const;

const text = z.string().trim().min(3, 'say something a learner can read');
const sources = z.array(sourceSchema).min(1, 'every cell needs at least one source');

function cell<T extends z.ZodType>(value: T) {
  return z.object({ value, text, sources }).strict();
}

export const techniqueFactsSchema = z
  .object({
    id: z.enum([...TECHNIQUE_IDS] as [TechniqueId, ...TechniqueId[]]),
    codeChanges: cell(z.enum(CODE_CHANGES)),
    complexity: cell(z.enum(COMPLEXITY)),
    hardware: cell(z.enum(HARDWARE)),
    kernelRole: z.object({ text, sources }).strict(),
    protocols: cell(z.array(z.enum(PROTOCOLS_OFFERED)).min(1)),
    stack: cell(z.enum(STACK_RUNNER)),
    peer: cell(z.enum(PEER)),
  })
  .strict();

export const techniqueFactsFileSchema = z
  .object({
    about: z.string().optional(),
    techniques: z.array(techniqueFactsSchema).min(1),
  })
  .strict();

export type TechniqueFacts = z.infer<typeof techniqueFactsSchema>;
export type CodeChanges = (typeof CODE_CHANGES)[number];
export type Complexity = (typeof COMPLEXITY)[number];
export type Hardware = (typeof HARDWARE)[number];
export type ProtocolOffered = (typeof PROTOCOLS_OFFERED)[number];
export type FactSource = TechniqueFacts['codeChanges']['sources'][number];
