import { estimate, type Scenario } from '@/lib/model';
import { everyScenario, instantiate, metricValue, scenarioText } from '@/lib/quiz/computed';
import type { Computed } from '@/lib/quiz/schema';
import { fillTemplate, placeholdersIn } from '@/lib/quiz/template';
import { questionProblems } from '@/lib/quiz/validate';
import { fixtureQuestion } from '../fixtures/quiz-items';

const base = fixtureQuestion('computed');
const wide: Computed = {
  ...base,
  id: 'wide',
  prompt: { ...base.prompt, template: '{technique}, {protocol}, {payloadBytes} B at {linkGbps} Gb/s' },
  scenario: { technique: ['kernel', 'onload'], protocol: ['udp', 'tcp'], payloadBytes: [64, 1024, 1472], linkGbps: [10, 25, 100] },
  answer: { ...base.answer, metric: 'oneWayMedianNs' },
};

describe('instantiate', () => {
  it('takes the expected value from the latency model for the drawn scenario', () => {
    const inst = instantiate(base, { seed: 'a' });
    expect(inst.scenario).toEqual({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 });
    expect(inst.expected).toBe(estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }).wireNs);
    expect(inst.values).toMatchObject({ technique: 'DPDK', payloadBytes: '64', linkGbps: '100' });
  });

  it('draws the same scenario for the same seed and varies across seeds', () => {
    expect(instantiate(wide, { seed: 's1' })).toEqual(instantiate(wide, { seed: 's1' }));
    const drawn = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify(instantiate(wide, { seed: `s${i}` }).scenario)));
    expect(drawn.size).toBeGreaterThan(5);
  });

  it('draws only from the lists given', () => {
    for (let i = 0; i < 30; i++) {
      const { scenario } = instantiate(wide, { seed: String(i) });
      expect(wide.scenario.technique).toContain(scenario.technique);
      expect(wide.scenario.protocol).toContain(scenario.protocol);
      expect(wide.scenario.payloadBytes).toContain(scenario.payloadBytes);
      expect(wide.scenario.linkGbps).toContain(scenario.linkGbps);
    }
  });

  it('a fromLab question takes the lab’s network and message but keeps its own technique', () => {
    const lab = { technique: 'rdma', payloadBytes: 1000, linkGbps: 200, switchHops: 2 };
    const inst = instantiate({ ...base, fromLab: true }, { seed: 'x', labScenario: lab });
    expect(inst.fromLab).toBe(true);
    expect(inst.scenario).toMatchObject({ payloadBytes: 1000, linkGbps: 200, switchHops: 2 });
    expect(base.scenario.technique).toContain(inst.scenario.technique);
    expect(inst.expected).toBe(estimate({ ...(inst.scenario as unknown as Scenario) }).wireNs);
  });

  it('ignores the lab scenario unless the question asks for it, and draws when the lab scenario is invalid', () => {
    const lab = { payloadBytes: 1000, linkGbps: 200 };
    expect(instantiate(base, { seed: 'x', labScenario: lab }).fromLab).toBe(false);
    const broken = instantiate({ ...base, fromLab: true }, { seed: 'x', labScenario: { payloadBytes: -5, linkGbps: 1 } });
    expect(broken.fromLab).toBe(false);
    expect(base.scenario.payloadBytes).toContain(broken.scenario.payloadBytes);
  });

  it('throws, naming the question, when the model refuses every scenario', () => {
    const impossible: Computed = { ...base, id: 'impossible', scenario: { ...base.scenario, technique: ['carrier-pigeon'] } };
    expect(() => instantiate(impossible, { seed: '1' })).toThrow(/question impossible/);
  });
});

describe('metrics and templates', () => {
  it('reads each metric from the estimate', () => {
    const e = estimate({ technique: 'kernel', payloadBytes: 64, linkGbps: 25 });
    expect(metricValue(e, 'wireNs')).toBe(e.wireNs);
    expect(metricValue(e, 'rttNs')).toBe(e.rttNs);
    expect(metricValue(e, 'oneWayMedianNs')).toBe(e.oneWay.medianNs);
    expect(metricValue(e, 'lineRateMpps')).toBe(e.throughput.lineRateMpps);
    expect(metricValue(e, 'rxMppsPerCore')).toBe(e.throughput.rxMppsPerCore);
  });

  it('fills placeholders with display text and escapes it', () => {
    expect(scenarioText({ technique: 'kernel', protocol: 'tcp', payloadBytes: 1472, linkGbps: 25 })).toMatchObject({
      technique: 'Linux sockets',
      protocol: 'TCP',
      payloadBytes: '1,472',
    });
    expect(fillTemplate('<p>{technique} at {linkGbps} and {unknown}</p>', { technique: 'A & <B>', linkGbps: '100' })).toBe(
      '<p>A &amp; &lt;B&gt; at 100 and {unknown}</p>',
    );
    expect(placeholdersIn('{a} {b} {a}')).toEqual(['a', 'b']);
  });

  it('enumerates every combination for the bank checks', () => {
    expect(everyScenario(wide)).toHaveLength(2 * 2 * 3 * 3);
  });
});

describe('bank checks for computed questions', () => {
  it('refuses an unknown placeholder and one without a list to draw from', () => {
    const q: Computed = { ...base, prompt: { ...base.prompt, template: '{technique} over {protocol} with {colour}' } };
    expect(questionProblems(q)).toEqual([
      'template uses {protocol} but scenario.protocol lists no values',
      expect.stringMatching(/^template placeholder \{colour\} is not one of/),
    ]);
  });
});
