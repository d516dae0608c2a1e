/**
 * npm run model:calibration: evaluates the latency model on every case of
 * ../shared/calibration/published-measurements.json, rewrites the table between
 * the calibration markers in lib/model/README.md, and prints it. The README's
 * table is generated, never edited by hand, so it cannot drift from the model
 * (tests/model/calibration.test.ts checks that it is current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  calibrationMarkdown,
  evaluateCase,
  parseCalibrationFile,
  replaceCalibrationSection,
} from '../lib/model/calibration';

const calibrationPath = path.resolve(process.cwd(), '../shared/calibration/published-measurements.json');
const readmePath = path.resolve(process.cwd(), 'lib/model/README.md');

const cases = parseCalibrationFile(JSON.parse(readFileSync(calibrationPath, 'utf8')));
const table = calibrationMarkdown(cases);
const readme = readFileSync(readmePath, 'utf8');
const updated = replaceCalibrationSection(readme, table);
if (updated !== readme) writeFileSync(readmePath, updated);

console.log(table);
const failures = cases.map(evaluateCase).filter((r) => !r.withinTolerance);
console.log(
  `\n${cases.length - failures.length} of ${cases.length} cases within tolerance; README ${updated === readme ? 'already current' : 'updated'}.`,
);
if (failures.length > 0) process.exitCode = 1;
