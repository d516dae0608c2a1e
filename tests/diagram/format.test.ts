import { formatBytes, formatCount, formatNs, formatShare, parseFieldInput } from '@/lib/diagram';
import { SCENARIO_FIELDS, type NumberField } from '@/lib/model';

describe('formats', () => {
  it.each([
    [0.44, '0.4 ns'],
    [9.96, '10 ns'],
    [150.4, '150 ns'],
    [999.4, '999 ns'],
    [999.6, '1.00 µs'],
    [1768.2, '1.77 µs'],
    [10_647, '10.6 µs'],
    [91_873, '91.9 µs'],
    [512_300, '512 µs'],
    [1_250_000, '1.25 ms'],
  ])('formatNs(%d) = %s', (ns, text) => {
    expect(formatNs(ns)).toBe(text);
  });

  it('shares, counts and bytes', () => {
    expect(formatShare(0.133)).toBe('13%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0)).toBe('0%');
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect(formatCount(2.5)).toBe('2.5');
    expect(formatBytes(9000)).toBe('9,000 B');
  });
});

const field = (key: string): NumberField => {
  const f = SCENARIO_FIELDS.find((x) => x.key === key);
  if (f?.kind !== 'number') throw new Error(key);
  return f;
};

describe('scenario input', () => {
  const payload = field('payloadBytes');
  const link = field('linkGbps');
  it.each([
    [payload, '64', 64],
    [payload, '1048576', 1_048_576],
    [link, '2.5', 2.5],
    [link, ' 800 ', 800],
  ])('accepts %s = %s', (f, raw, value) => {
    expect(parseFieldInput(f, raw)).toEqual({ ok: true, value });
  });

  it.each([
    [payload, '0', /from 1 to 1,048,576 B; 0 is out of range/],
    [payload, '1048577', /out of range/],
    [payload, '2.5', /whole number/],
    [payload, '', /Enter a message size/],
    [link, '801', /from 1 to 800 Gb\/s/],
    [link, 'fast', /Enter a link speed/],
  ])('refuses %s = %s with a message', (f, raw, message) => {
    const r = parseFieldInput(f, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
