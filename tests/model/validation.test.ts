import { estimate, sampleLatency, SCENARIO_FIELDS, ScenarioError, type Scenario } from '@/lib/model';

const OK: Scenario = { technique: 'kernel', payloadBytes: 64, linkGbps: 25 };

/** A scenario with one field set to a value the type system would refuse. */
function withField(key: string, value: unknown, base: Scenario = OK): Scenario {
  return { ...base, [key]: value } as unknown as Scenario;
}

const BAD: [string, Scenario, string][] = [
  ['unknown technique', withField('technique', 'netmap'), 'technique'],
  ['missing technique', withField('technique', undefined), 'technique'],
  ['missing payload', withField('payloadBytes', undefined), 'payloadBytes'],
  ['payload as a string', withField('payloadBytes', '64'), 'payloadBytes'],
  ['payload NaN', withField('payloadBytes', Number.NaN), 'payloadBytes'],
  ['payload Infinity', withField('payloadBytes', Number.POSITIVE_INFINITY), 'payloadBytes'],
  ['payload zero', withField('payloadBytes', 0), 'payloadBytes'],
  ['payload above 1 MiB', withField('payloadBytes', 1_048_577), 'payloadBytes'],
  ['fractional payload', withField('payloadBytes', 10.5), 'payloadBytes'],
  ['missing link speed', withField('linkGbps', undefined), 'linkGbps'],
  ['link below 1 Gb/s', withField('linkGbps', 0.5), 'linkGbps'],
  ['link above 800 Gb/s', withField('linkGbps', 1600), 'linkGbps'],
  ['negative hops', withField('switchHops', -1), 'switchHops'],
  ['17 hops', withField('switchHops', 17), 'switchHops'],
  ['fractional hops', withField('switchHops', 1.5), 'switchHops'],
  ['negative cable', withField('cableMeters', -2), 'cableMeters'],
  ['CPU at 0.5 GHz', withField('cpuGhz', 0.5), 'cpuGhz'],
  ['CPU at 7 GHz', withField('cpuGhz', 7), 'cpuGhz'],
  ['load of 1', withField('loadFraction', 1), 'loadFraction'],
  ['negative load', withField('loadFraction', -0.1), 'loadFraction'],
  ['load NaN', withField('loadFraction', Number.NaN), 'loadFraction'],
  ['unknown protocol', withField('protocol', 'sctp'), 'protocol'],
  ['an unknown protocol on RDMA', { technique: 'rdma', protocol: 'sctp' as Scenario['protocol'], payloadBytes: 64, linkGbps: 25 }, 'protocol'],
  ['unknown RDMA operation', { technique: 'rdma', rdmaOp: 'cas' as Scenario['rdmaOp'], payloadBytes: 8, linkGbps: 25 }, 'rdmaOp'],
  ['unknown RDMA operation on sockets', withField('rdmaOp', 'cas'), 'rdmaOp'],
  ['spin as a string', withField('spin', 'yes'), 'spin'],
  ['pti as a number', withField('pti', 1), 'pti'],
  ['numaRemote as a string', withField('numaRemote', 'true'), 'numaRemote'],
  ['negative coalescing', withField('interruptCoalescingUs', -1), 'interruptCoalescingUs'],
  ['unknown idle state', withField('idleState', 'c10'), 'idleState'],
  ['MTU below 576', withField('mtuBytes', 500), 'mtuBytes'],
  ['MTU above 9216', withField('mtuBytes', 10_000), 'mtuBytes'],
  ['batch of 0', withField('batchSize', 0), 'batchSize'],
  ['unknown transport', { technique: 'rdma', payloadBytes: 8, linkGbps: 25, rdmaTransport: 'iwarp' as Scenario['rdmaTransport'] }, 'rdmaTransport'],
  ['path MTU not an IB MTU', { technique: 'rdma', payloadBytes: 8, linkGbps: 25, rdmaPathMtuBytes: 1500 }, 'rdmaPathMtuBytes'],
  ['unknown switch mode', withField('switchMode', 'wormhole'), 'switchMode'],
];

describe('bad scenarios are refused with ScenarioError naming the field', () => {
  it.each(BAD)('%s', (_why, scenario, field) => {
    for (const call of [() => estimate(scenario), () => sampleLatency(scenario, { samples: 10, seed: 1 })]) {
      let caught: unknown;
      try {
        call();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ScenarioError);
      expect((caught as ScenarioError).field).toBe(field);
      expect((caught as ScenarioError).message).toContain(field);
    }
  });

  it('refuses a scenario that is not an object', () => {
    expect(() => estimate(null as unknown as Scenario)).toThrow(ScenarioError);
  });
});

describe('sampleLatency options', () => {
  it.each([
    ['zero samples', { samples: 0, seed: 1 }, 'samples'],
    ['fractional samples', { samples: 2.5, seed: 1 }, 'samples'],
    ['too many samples', { samples: 1e9, seed: 1 }, 'samples'],
    ['fractional seed', { samples: 10, seed: 0.5 }, 'seed'],
    ['NaN seed', { samples: 10, seed: Number.NaN }, 'seed'],
  ])('refuses %s', (_why, opts, field) => {
    expect(() => sampleLatency(OK, opts)).toThrow(expect.objectContaining({ field }) as Error);
  });
});

describe('valid scenarios', () => {
  it('accepts every numeric field at both ends of its range', () => {
    for (const f of SCENARIO_FIELDS) {
      if (f.kind !== 'number') continue;
      const ends = f.values ? [f.values[0], f.values[f.values.length - 1]] : [f.min, f.max];
      for (const v of ends) {
        const base: Scenario = f.key === 'rdmaPathMtuBytes' ? { technique: 'rdma', payloadBytes: 64, linkGbps: 25 } : OK;
        expect(() => estimate(withField(f.key, v, base))).not.toThrow();
      }
    }
  });

  it('fills in the defaults SCENARIO_FIELDS lists', () => {
    const defaults: Record<string, unknown> = {};
    for (const f of SCENARIO_FIELDS) {
      if (f.key === 'technique' || f.key === 'protocol' || f.key === 'rdmaOp' || f.key === 'spin') continue;
      defaults[f.key] = f.default;
    }
    const explicit = { ...OK, ...defaults, payloadBytes: OK.payloadBytes, linkGbps: OK.linkGbps } as Scenario;
    expect(estimate(explicit)).toEqual(estimate(OK));
    expect(estimate({ ...OK, protocol: 'udp' })).toEqual(estimate(OK));
    expect(estimate({ technique: 'rdma', payloadBytes: 64, linkGbps: 25, rdmaOp: 'write' })).toEqual(
      estimate({ technique: 'rdma', payloadBytes: 64, linkGbps: 25 }),
    );
  });

  it('ignores fields a technique does not read, as SCENARIO_FIELDS says', () => {
    expect(estimate({ ...OK, rdmaOp: 'read', rdmaTransport: 'infiniband' })).toEqual(estimate(OK));
    const rdma: Scenario = { technique: 'rdma', payloadBytes: 64, linkGbps: 25 };
    expect(estimate({ ...rdma, protocol: 'tcp' })).toEqual(estimate(rdma));
    // DPDK has no TCP stack: it carries UDP whatever the scenario's protocol says.
    const dpdk: Scenario = { technique: 'dpdk', payloadBytes: 64, linkGbps: 25 };
    expect(estimate({ ...dpdk, protocol: 'tcp' })).toEqual(estimate(dpdk));
  });

  it('lets spin change nothing for kernel and kernel-busy-poll, whose mode is the technique itself', () => {
    expect(estimate({ ...OK, spin: true })).toEqual(estimate(OK));
    const busy: Scenario = { ...OK, technique: 'kernel-busy-poll' };
    expect(estimate({ ...busy, spin: false })).toEqual(estimate(busy));
  });
});
