/**
 * Valid scenarios drawn at random, from a fixed seed, over every technique and
 * every field's whole range: the property tests run the model on these.
 */
import {
  SCENARIO_FIELDS,
  TECHNIQUE_IDS,
  TECHNIQUES,
  type NumberField,
  type Scenario,
  type TechniqueId,
} from '@/lib/model';
import { mulberry32 } from '@/lib/model/tails';

function numberField(key: keyof Scenario): NumberField {
  const f = SCENARIO_FIELDS.find((x) => x.key === key);
  if (!f || f.kind !== 'number') throw new Error(`no number field ${key}`);
  return f;
}

export function randomScenarios(count: number, seed: number): Scenario[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rand() * xs.length)];
    if (x === undefined) throw new Error('empty choice');
    return x;
  };
  // Log-uniform for fields whose range spans orders of magnitude, uniform otherwise.
  const draw = (key: keyof Scenario): number => {
    const f = numberField(key);
    if (f.values) return pick(f.values);
    const lo = f.scale === 'log' ? Math.max(f.min, 0.5) : f.min;
    const x = f.scale === 'log' ? Math.exp(Math.log(lo) + rand() * (Math.log(f.max) - Math.log(lo))) : f.min + rand() * (f.max - f.min);
    const clamped = Math.min(f.max, Math.max(f.min, x));
    return f.integer ? Math.round(clamped) : clamped;
  };
  const out: Scenario[] = [];
  for (let i = 0; i < count; i++) {
    const technique: TechniqueId = TECHNIQUE_IDS[i % TECHNIQUE_IDS.length] ?? 'kernel';
    const info = TECHNIQUES[technique];
    const s: Scenario = {
      technique,
      payloadBytes: draw('payloadBytes'),
      linkGbps: draw('linkGbps'),
      switchHops: draw('switchHops'),
      cableMeters: draw('cableMeters'),
      cpuGhz: draw('cpuGhz'),
      loadFraction: rand() < 0.5 ? 0 : draw('loadFraction'),
      interruptCoalescingUs: draw('interruptCoalescingUs'),
      idleState: pick(['poll', 'c1', 'c1e', 'c6'] as const),
      pti: rand() < 0.5,
      numaRemote: rand() < 0.5,
      mtuBytes: rand() < 0.5 ? 1500 : draw('mtuBytes'),
      batchSize: draw('batchSize'),
      switchMode: rand() < 0.7 ? 'cut-through' : 'store-and-forward',
    };
    if (info.protocols.length > 0) s.protocol = pick(info.protocols);
    if (info.ops.length > 0) {
      s.rdmaOp = pick(info.ops);
      s.rdmaTransport = rand() < 0.5 ? 'roce-v2' : 'infiniband';
      s.rdmaPathMtuBytes = draw('rdmaPathMtuBytes');
    }
    if (info.spinConfigurable) s.spin = rand() < 0.6 ? info.polling : !info.polling;
    out.push(s);
  }
  return out;
}
