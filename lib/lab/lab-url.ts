/**
 * The lab's own state in the URL, beside the scenario settings: the techniques
 * compared (`techniques=kernel,dpdk`), the distribution view (`dist=histogram`),
 * the technique whose distribution is drawn (`focus=dpdk`) and the sampler's seed
 * (`seed=7`), so a shared link redraws the very same samples.
 */
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/model';
import { decodeTechniques, encodeTechniques, type Decoded, type UrlProblem } from '@/lib/scenario-url';

export type DistributionView = 'cdf' | 'histogram';

export interface LabView {
  techniques: TechniqueId[];
  dist: DistributionView;
  /** The technique whose latency distribution is drawn; one of `techniques`. */
  focus: TechniqueId;
  seed: number;
}

export const DEFAULT_LAB_TECHNIQUES: readonly TechniqueId[] = ['kernel', 'kernel-busy-poll', 'dpdk', 'onload', 'rdma'];

export const DEFAULT_LAB_VIEW: LabView = { techniques: [...DEFAULT_LAB_TECHNIQUES], dist: 'cdf', focus: 'kernel', seed: 1 };

/** Seeds are whole numbers the sampler accepts; this range keeps links short. */
export const MAX_SEED = 2 ** 31 - 1;

/** The focus must be one of the chosen techniques; otherwise the first of them. */
export function fixFocus(view: LabView): LabView {
  return view.techniques.includes(view.focus) ? view : { ...view, focus: view.techniques[0] ?? 'kernel' };
}

export function decodeLabView(params: URLSearchParams): Decoded<LabView> {
  const techniques = decodeTechniques(params, 'techniques', DEFAULT_LAB_TECHNIQUES);
  const problems: UrlProblem[] = [...techniques.problems];
  const view: LabView = { ...DEFAULT_LAB_VIEW, techniques: techniques.value };

  const dist = params.get('dist');
  if (dist !== null) {
    if (dist === 'cdf' || dist === 'histogram') view.dist = dist;
    else problems.push({ param: 'dist', value: dist, reason: 'expected cdf or histogram' });
  }
  const focus = params.get('focus');
  if (focus !== null) {
    if (!(TECHNIQUE_IDS as readonly string[]).includes(focus)) problems.push({ param: 'focus', value: focus, reason: 'not a technique this course models' });
    else if (!view.techniques.includes(focus as TechniqueId)) problems.push({ param: 'focus', value: focus, reason: 'not one of the techniques compared' });
    else view.focus = focus as TechniqueId;
  }
  const seed = params.get('seed');
  if (seed !== null) {
    const n = Number(seed);
    if (/^\d+$/.test(seed) && Number.isSafeInteger(n) && n <= MAX_SEED) view.seed = n;
    else problems.push({ param: 'seed', value: seed, reason: `expected a whole number from 0 to ${MAX_SEED}` });
  }
  return { value: fixFocus(view), problems };
}

export function encodeLabView(view: LabView, params = new URLSearchParams()): URLSearchParams {
  encodeTechniques(view.techniques, 'techniques', DEFAULT_LAB_TECHNIQUES, params);
  if (view.dist !== DEFAULT_LAB_VIEW.dist) params.set('dist', view.dist);
  const fixed = fixFocus(view);
  if (fixed.focus !== fixFocus({ ...DEFAULT_LAB_VIEW, techniques: fixed.techniques }).focus) params.set('focus', fixed.focus);
  if (view.seed !== DEFAULT_LAB_VIEW.seed) params.set('seed', String(view.seed));
  return params;
}
