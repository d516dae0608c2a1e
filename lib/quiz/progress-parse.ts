/**
 * Reads saved progress tolerantly. Storage can hold anything: an older
 * version, a hand-edited export, a half-written value. Each record is checked
 * on its own and a bad one is dropped, so one broken answer never costs the
 * learner the rest. Hand-written guards rather than zod, because this runs in
 * the browser on every page that shows progress and zod would add weight there.
 */
import { EXAM_HISTORY, emptyProgress, type ExamResult, PROGRESS_VERSION, type ProgressData, type SavedAnswer } from './progress';
import type { ComputedInstance, Response, ScenarioValues } from './response';
import type { ReviewCard } from './review';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isPrimitiveRecord = (x: unknown): x is Record<string, string | number | boolean> =>
  isObj(x) && Object.values(x).every((v) => isStr(v) || isNum(v) || typeof v === 'boolean');

function parseInstance(x: unknown): ComputedInstance | null {
  if (!isObj(x) || !isStr(x.seed) || typeof x.fromLab !== 'boolean' || !isNum(x.expected)) return null;
  if (!isPrimitiveRecord(x.scenario) || !isObj(x.values) || !Object.values(x.values).every(isStr)) return null;
  return { seed: x.seed, fromLab: x.fromLab, scenario: x.scenario, values: x.values as Record<string, string>, expected: x.expected };
}

export function parseResponse(x: unknown): Response | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'single':
      return isStr(x.choice) ? { type: 'single', choice: x.choice } : null;
    case 'multiple':
      return isStrArray(x.choices) && x.choices.length > 0 ? { type: 'multiple', choices: x.choices } : null;
    case 'truefalse':
      return typeof x.value === 'boolean' ? { type: 'truefalse', value: x.value } : null;
    case 'short':
      return isStr(x.text) ? { type: 'short', text: x.text } : null;
    case 'numeric':
      return isNum(x.value) ? { type: 'numeric', value: x.value } : null;
    case 'ordering':
      return isStrArray(x.order) ? { type: 'ordering', order: x.order } : null;
    case 'computed': {
      const instance = parseInstance(x.instance);
      return isNum(x.value) && instance ? { type: 'computed', value: x.value, instance } : null;
    }
    default:
      return null;
  }
}

function parseAnswer(x: unknown): SavedAnswer | null {
  if (!isObj(x) || !isStr(x.lesson) || !isStr(x.hash) || typeof x.correct !== 'boolean' || !isNum(x.at) || !isStrArray(x.shown)) return null;
  const response = parseResponse(x.response);
  return response ? { lesson: x.lesson, hash: x.hash, response, correct: x.correct, shown: x.shown, at: x.at } : null;
}

function parseCard(x: unknown): ReviewCard | null {
  if (!isObj(x) || !isStr(x.lesson) || !isStr(x.hash) || !isNum(x.box) || !isNum(x.dueAt) || !isNum(x.lapses) || !isNum(x.updatedAt)) return null;
  if (!Number.isInteger(x.box) || x.box < 1) return null;
  return { lesson: x.lesson, hash: x.hash, box: x.box, dueAt: x.dueAt, lapses: x.lapses, updatedAt: x.updatedAt };
}

const parseExam = (x: unknown): ExamResult | null =>
  isObj(x) && isNum(x.at) && isNum(x.correct) && isNum(x.total) ? { at: x.at, correct: x.correct, total: x.total } : null;

// The lab saves the network and message it was set to, not a technique.
const parseLab = (x: unknown): ScenarioValues | null =>
  isPrimitiveRecord(x) && isNum(x.payloadBytes) && isNum(x.linkGbps) ? x : null;

export interface Recovered {
  data: ProgressData;
  /** Records that did not parse and were left out. */
  dropped: number;
}

function records<T>(x: unknown, parse: (v: unknown) => T | null, out: Record<string, T>): number {
  if (x === undefined) return 0;
  if (!isObj(x)) return 1;
  let dropped = 0;
  for (const [id, v] of Object.entries(x)) {
    const parsed = parse(v);
    if (parsed) out[id] = parsed;
    else dropped++;
  }
  return dropped;
}

/** Keeps every record that still parses; never throws. */
export function parseProgress(raw: unknown): Recovered {
  const data = emptyProgress();
  if (raw === null || raw === undefined) return { data, dropped: 0 };
  if (!isObj(raw)) return { data, dropped: 1 };
  let dropped = records(raw.answers, parseAnswer, data.answers) + records(raw.review, parseCard, data.review);
  dropped += records(raw.read, (v) => (isNum(v) ? v : null), data.read);
  if (Array.isArray(raw.exams)) {
    for (const e of raw.exams) {
      const parsed = parseExam(e);
      if (parsed) data.exams.push(parsed);
      else dropped++;
    }
    data.exams = data.exams.slice(-EXAM_HISTORY);
  } else if (raw.exams !== undefined) dropped++;
  if (raw.lab !== undefined && raw.lab !== null) {
    data.lab = parseLab(raw.lab);
    if (!data.lab) dropped++;
  }
  return { data, dropped };
}

export const EXPORT_FORMAT = 'bypass-progress';

/** The contents of an exported progress file. */
export function serialiseExport(data: ProgressData, now: number): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), data }, null, 2)}\n`;
}

export type ImportResult = ({ ok: true } & Recovered) | { ok: false; error: string };

/** Reads an exported file; says plainly why a file is refused. */
export function parseExport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON: choose a file exported from this page.' };
  }
  if (!isObj(json) || json.format !== EXPORT_FORMAT) return { ok: false, error: 'This is not a Bypass progress file.' };
  if (!isNum(json.version) || json.version > PROGRESS_VERSION) {
    return { ok: false, error: 'This progress file comes from a newer version of the course: reload the page and try again.' };
  }
  return { ok: true, ...parseProgress(json.data) };
}
