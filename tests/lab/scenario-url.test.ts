import { TECHNIQUE_IDS } from '@/lib/model';
import { SETTING_FIELDS, sliderStops } from '@/lib/scenario-fields';
import { canonicalSettings, decodeSettings, decodeTechniques, describeProblem, encodeSettings, encodeTechniques, hasSettings, queryString } from '@/lib/scenario-url';
import { DEFAULT_SETTINGS, type ScenarioSettings } from '@/lib/store/scenario';
import { seeded } from '../compare/fixtures';

/** A random valid value for every field, some left unset. */
function randomSettings(rand: () => number): ScenarioSettings {
  const out: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS) {
    if (rand() < 0.3) continue;
    if (f.kind === 'number') {
      const stops = sliderStops(f);
      out[f.key] = f.integer || f.values ? stops[Math.floor(rand() * stops.length)] : Number((f.min + rand() * (f.max - f.min)).toFixed(3));
    } else if (f.kind === 'choice') out[f.key] = f.options[Math.floor(rand() * f.options.length)];
    else out[f.key] = rand() < 0.5;
  }
  return out as ScenarioSettings;
}

describe('scenario settings in the URL', () => {
  it('writes nothing for the default scenario, so a plain link is the default', () => {
    expect(encodeSettings(DEFAULT_SETTINGS).toString()).toBe('');
    expect(decodeSettings(new URLSearchParams()).value).toEqual({});
  });

  it('round-trips any valid settings (defaults are left out)', () => {
    const rand = seeded(42);
    for (let i = 0; i < 300; i++) {
      const settings = randomSettings(rand);
      const decoded = decodeSettings(new URLSearchParams(queryString(encodeSettings(settings))));
      expect(decoded.problems).toEqual([]);
      expect(decoded.value).toEqual(canonicalSettings(settings));
      for (const [key, value] of Object.entries(settings)) {
        const f = SETTING_FIELDS.find((x) => x.key === key)!;
        expect(decoded.value[f.key] ?? f.default).toEqual(value);
      }
    }
  });

  it('reads a hand-written link', () => {
    const { value, problems } = decodeSettings(new URLSearchParams('payloadBytes=1024&linkGbps=25&protocol=tcp&spin=false&pti=1'));
    expect(problems).toEqual([]);
    expect(value).toEqual({ payloadBytes: 1024, linkGbps: 25, protocol: 'tcp', spin: false, pti: true });
  });

  it('drops each invalid value with a reason and keeps the rest', () => {
    const { value, problems } = decodeSettings(
      new URLSearchParams('payloadBytes=abc&linkGbps=100000&switchHops=1.5&protocol=sctp&spin=maybe&rdmaPathMtuBytes=1000&cpuGhz=2.5'),
    );
    expect(value).toEqual({ cpuGhz: 2.5 });
    expect(problems.map((p) => p.param).sort()).toEqual(['linkGbps', 'payloadBytes', 'protocol', 'rdmaPathMtuBytes', 'spin', 'switchHops']);
    const text = problems.map(describeProblem).join('\n');
    expect(text).toMatch(/payloadBytes=abc was ignored: not a number/);
    expect(text).toMatch(/linkGbps=100000 was ignored: outside 1 to 800 Gb\/s/);
    expect(text).toMatch(/switchHops=1.5 was ignored: not a whole number/);
    expect(text).toMatch(/protocol=sctp was ignored: expected one of udp, tcp/);
  });

  it('knows whether a link names any setting', () => {
    expect(hasSettings(new URLSearchParams('techniques=dpdk'))).toBe(false);
    expect(hasSettings(new URLSearchParams('payloadBytes=oops'))).toBe(true);
  });
});

describe('techniques in the URL', () => {
  const fallback = ['kernel', 'dpdk'] as const;

  it('reads a list in course order, dropping unknown ids and duplicates', () => {
    const { value, problems } = decodeTechniques(new URLSearchParams('t=rdma,kernel,winsock,rdma'), 't', fallback);
    expect(value).toEqual(['kernel', 'rdma']);
    expect(problems).toEqual([{ param: 't', value: 'winsock', reason: 'not a technique this course models' }]);
  });

  it('falls back to the default set, with a notice, when nothing known is left', () => {
    const { value, problems } = decodeTechniques(new URLSearchParams('t=foo'), 't', fallback);
    expect(value).toEqual(fallback);
    expect(problems).toHaveLength(2);
  });

  it('round-trips every subset and leaves the default out', () => {
    for (let mask = 1; mask < 2 ** TECHNIQUE_IDS.length; mask += 7) {
      const chosen = TECHNIQUE_IDS.filter((_, i) => mask & (1 << i));
      const params = encodeTechniques(chosen, 't', fallback);
      expect(decodeTechniques(params, 't', fallback).value).toEqual(chosen);
    }
    expect(encodeTechniques(['dpdk', 'kernel'], 't', fallback).toString()).toBe('');
  });

  it('keeps commas readable in the query string', () => {
    expect(queryString(encodeTechniques(['kernel', 'rdma'], 't', fallback))).toBe('?t=kernel,rdma');
    expect(queryString(new URLSearchParams())).toBe('');
  });
});
