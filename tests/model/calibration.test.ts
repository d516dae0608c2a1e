import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CALIBRATION_END,
  CALIBRATION_START,
  calibrationMarkdown,
  evaluateCase,
  parseCalibrationFile,
} from '@/lib/model/calibration';
import { estimate } from '@/lib/model';

// Read at run time, never copied: the published figures live in the shared file.
const calibrationPath = path.resolve(process.cwd(), '../shared/calibration/published-measurements.json');
const cases = parseCalibrationFile(JSON.parse(readFileSync(calibrationPath, 'utf8')));

describe('published measurements', () => {
  it('the calibration file has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s is reproduced within its tolerance', (_id, c) => {
    const result = evaluateCase(c);
    expect(Number.isFinite(result.model)).toBe(true);
    expect(Math.abs(result.relativeError)).toBeLessThanOrEqual(c.tolerance);
  });

  it('evaluates the RDMA case sensibly on the default RoCE v2 transport: InfiniBand framing moves it by under 1%', () => {
    const rdmaCases = cases.filter((c) => c.scenario.technique === 'rdma');
    expect(rdmaCases.length).toBeGreaterThan(0);
    for (const c of rdmaCases) {
      const roce = estimate({ ...c.scenario, rdmaTransport: 'roce-v2' }).oneWay.medianNs;
      const ib = estimate({ ...c.scenario, rdmaTransport: 'infiniband' }).oneWay.medianNs;
      expect(Math.abs(roce - ib) / roce).toBeLessThan(0.01);
      expect(estimate(c.scenario).oneWay.medianNs).toBe(roce);
    }
  });
});

describe('lib/model/README.md', () => {
  it('carries the calibration table the model produces today (run npm run model:calibration after a change)', () => {
    const readme = readFileSync(path.resolve(process.cwd(), 'lib/model/README.md'), 'utf8');
    const start = readme.indexOf(CALIBRATION_START);
    const end = readme.indexOf(CALIBRATION_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const section = readme.slice(start + CALIBRATION_START.length, end).trim();
    expect(section).toBe(calibrationMarkdown(cases));
  });
});

describe('parseCalibrationFile', () => {
  it('names the case and the problem when the file is malformed', () => {
    expect(() => parseCalibrationFile({ cases: [{ id: 'x', metric: 'speed', value: 1, tolerance: 0.1, scenario: {} }] })).toThrow(
      /cases\[0\] \(x\): unknown metric speed/,
    );
    expect(() => parseCalibrationFile({})).toThrow(/"cases" array/);
  });
});
