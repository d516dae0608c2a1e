/**
 * The scenario in a URL: settings (every scenario field but the technique) and a
 * list of techniques, to and from URLSearchParams. Pure, never touches `window`,
 * so a page reads `location.search` itself and passes it in.
 *
 * Parameters are the field keys themselves (`payloadBytes=1024&linkGbps=25`), so
 * a link reads like the scenario it holds. Only values that differ from the
 * field's default are written. A value that is not valid is dropped and reported,
 * never thrown: a shared link with one bad value still opens, with a notice.
 */
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';
import { numberProblem, SETTING_FIELDS, type SettingField } from './scenario-fields';

/** A parameter that was ignored, and why. */
export interface UrlProblem {
  param: string;
  value: string;
  reason: string;
}

export interface Decoded<T> {
  value: T;
  problems: UrlProblem[];
}

/** The notice line for a dropped parameter. */
export function describeProblem(p: UrlProblem): string {
  return `${p.param}=${p.value || '(empty)'} was ignored: ${p.reason}.`;
}

const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function decodeField(f: SettingField, raw: string): { value: number | string | boolean } | { reason: string } {
  switch (f.kind) {
    case 'number': {
      if (!NUMBER_TEXT.test(raw)) return { reason: 'not a number' };
      const value = Number(raw);
      const problem = numberProblem(f, value);
      return problem ? { reason: problem } : { value };
    }
    case 'choice':
      return f.options.includes(raw) ? { value: raw } : { reason: `expected one of ${f.options.join(', ')}` };
    case 'boolean':
      if (raw === 'true' || raw === '1') return { value: true };
      if (raw === 'false' || raw === '0') return { value: false };
      return { reason: 'expected true or false' };
  }
}

export function decodeSettings(params: URLSearchParams): Decoded<ScenarioSettings> {
  const settings: Record<string, number | string | boolean> = {};
  const problems: UrlProblem[] = [];
  for (const f of SETTING_FIELDS) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    const result = decodeField(f, raw.trim());
    if ('reason' in result) problems.push({ param: f.key, value: raw, reason: result.reason });
    else settings[f.key] = result.value;
  }
  return { value: settings as ScenarioSettings, problems };
}

/** Whether the URL names any setting at all (valid or not). */
export function hasSettings(params: URLSearchParams): boolean {
  return SETTING_FIELDS.some((f) => params.has(f.key));
}

/** Writes the settings that differ from their defaults into `params` (a new object unless given). */
export function encodeSettings(settings: ScenarioSettings, params = new URLSearchParams()): URLSearchParams {
  for (const f of SETTING_FIELDS) {
    const value = settings[f.key];
    if (value === undefined || value === f.default) continue;
    params.set(f.key, String(value));
  }
  return params;
}

/** The settings as encodeSettings sees them: defaults and unset keys removed. */
export function canonicalSettings(settings: ScenarioSettings): ScenarioSettings {
  return decodeSettings(encodeSettings(settings)).value;
}

/** A comma-separated list of technique ids; unknown ids are dropped, duplicates merged. */
export function decodeTechniques(params: URLSearchParams, param: string, fallback: readonly TechniqueId[]): Decoded<TechniqueId[]> {
  const raw = params.get(param);
  if (raw === null) return { value: [...fallback], problems: [] };
  const problems: UrlProblem[] = [];
  const chosen = new Set<TechniqueId>();
  for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    if ((TECHNIQUE_IDS as readonly string[]).includes(part)) chosen.add(part as TechniqueId);
    else problems.push({ param, value: part, reason: 'not a technique this course models' });
  }
  if (chosen.size === 0) {
    problems.push({ param, value: raw, reason: 'no known technique left, so the default set is shown' });
    return { value: [...fallback], problems };
  }
  // Course order, whatever the link's order: charts and legends stay stable.
  return { value: TECHNIQUE_IDS.filter((t) => chosen.has(t)), problems };
}

export function encodeTechniques(techniques: readonly TechniqueId[], param: string, fallback: readonly TechniqueId[], params = new URLSearchParams()): URLSearchParams {
  const ordered = TECHNIQUE_IDS.filter((t) => techniques.includes(t));
  const same = ordered.length === fallback.length && ordered.every((t) => fallback.includes(t));
  if (!same) params.set(param, ordered.join(','));
  return params;
}

/** The query string for a URL ("" or "?a=1&b=2"); commas are left readable. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
