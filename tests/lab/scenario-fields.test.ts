import { scenarioField, type NumberField } from '@/lib/model';
import { describeScenario, formatSetting, nearestStopIndex, parseTypedValue, SETTING_FIELDS, sliderStops } from '@/lib/scenario-fields';

const num = (key: Parameters<typeof scenarioField>[0]) => scenarioField(key) as NumberField;

describe('SETTING_FIELDS', () => {
  it('is every scenario field except the technique', () => {
    expect(SETTING_FIELDS.map((f) => f.key)).not.toContain('technique');
    expect(SETTING_FIELDS.length).toBeGreaterThan(10);
  });
});

describe('sliderStops', () => {
  it('gives message sizes in powers of two, from 1 B to 1 MiB', () => {
    const stops = sliderStops(num('payloadBytes'));
    expect(stops[0]).toBe(1);
    expect(stops.at(-1)).toBe(1_048_576);
    expect(stops).toHaveLength(21);
    expect(stops).toContain(64);
  });

  it('gives link speeds that include the common Ethernet rates', () => {
    const stops = sliderStops(num('linkGbps'));
    for (const gbps of [1, 10, 25, 40, 100, 400, 800]) expect(stops).toContain(gbps);
  });

  it('uses a field\'s own list of values, and always stays within its range in order', () => {
    expect(sliderStops(num('rdmaPathMtuBytes'))).toEqual([256, 512, 1024, 2048, 4096]);
    for (const f of SETTING_FIELDS) {
      if (f.kind !== 'number' || f.scale !== 'log') continue;
      const stops = sliderStops(f);
      expect(stops[0]).toBe(f.min);
      expect(stops.at(-1)).toBe(f.max);
      expect([...stops].sort((a, b) => a - b)).toEqual(stops);
    }
  });

  it('finds the stop nearest a typed value on a log scale', () => {
    const stops = sliderStops(num('payloadBytes'));
    expect(stops[nearestStopIndex(stops, 64)]).toBe(64);
    expect(stops[nearestStopIndex(stops, 1000)]).toBe(1024);
    expect(stops[nearestStopIndex(stops, 90)]).toBe(64);
  });
});

describe('parseTypedValue', () => {
  it('accepts a number with thousands separators', () => {
    expect(parseTypedValue(num('payloadBytes'), ' 65,536 ')).toEqual({ ok: true, value: 65_536 });
  });

  it('refuses out-of-range values with a message that gives the range and unit', () => {
    const result = parseTypedValue(num('payloadBytes'), '0');
    expect(result).toEqual({ ok: false, message: 'Message size: 0 is outside 1 to 1,048,576 B.' });
    expect(parseTypedValue(num('linkGbps'), '1000')).toMatchObject({ ok: false, message: expect.stringMatching(/outside 1 to 800 Gb\/s/) });
  });

  it('refuses text, fractions of whole-number fields and values off a fixed list', () => {
    expect(parseTypedValue(num('payloadBytes'), 'lots')).toMatchObject({ ok: false });
    expect(parseTypedValue(num('switchHops'), '1.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
    expect(parseTypedValue(num('rdmaPathMtuBytes'), '1000')).toMatchObject({ ok: false, message: expect.stringMatching(/not one of 256/) });
  });
});

describe('formatSetting', () => {
  it('shows a value with its unit, and choices as a learner reads them', () => {
    expect(formatSetting(num('payloadBytes'), 1024)).toBe('1,024 B');
    expect(formatSetting(num('cpuGhz'), 3.5)).toBe('3.5 GHz');
    expect(formatSetting(scenarioField('protocol'), 'tcp')).toBe('TCP');
    expect(formatSetting(scenarioField('pti'), true)).toBe('on');
  });
});

describe('describeScenario', () => {
  it('names the size, protocol, link, path and load', () => {
    expect(describeScenario({ payloadBytes: 64, linkGbps: 100 })).toBe('64 B messages at 100 Gb/s, back to back, idle');
    expect(describeScenario({ payloadBytes: 4096, linkGbps: 25, protocol: 'tcp', switchHops: 1, loadFraction: 0.5 })).toBe('4,096 B TCP messages at 25 Gb/s, through 1 switch, at 50% load');
  });
});
