/**
 * What the scenario controls need from SCENARIO_FIELDS: the fields a learner sets
 * (everything but the technique), slider stops for log-scale fields, the check a
 * typed value must pass, and the label that shows a value with its unit. The URL
 * codec uses the same check, so a value refused in a text box is refused in a link.
 */
import { SCENARIO_FIELDS, TECHNIQUES, type NumberField, type ScenarioField, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';
import { formatInteger, sig3 } from './format';

export type SettingKey = keyof ScenarioSettings;
export type SettingField = ScenarioField & { key: SettingKey };

/** Every field a learner sets, in SCENARIO_FIELDS order. */
export const SETTING_FIELDS: readonly SettingField[] = SCENARIO_FIELDS.filter(
  (f): f is SettingField => f.key !== 'technique',
);

export function settingField(key: SettingKey): SettingField {
  const f = SETTING_FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no scenario setting '${key}'`);
  return f;
}

/** Why `value` is not valid for `f`, or null when it is. */
export function numberProblem(f: NumberField, value: number): string | null {
  if (!Number.isFinite(value)) return 'not a number';
  if (value < f.min || value > f.max) return `outside ${formatNumber(f.min)} to ${formatNumber(f.max)} ${f.unit}`;
  if (f.integer && !Number.isInteger(value)) return 'not a whole number';
  if (f.values && !f.values.includes(value)) return `not one of ${f.values.map(formatNumber).join(', ')}`;
  return null;
}

export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

/** A number typed by a learner: thousands separators allowed; anything invalid is refused with a reason. */
export function parseTypedValue(f: NumberField, text: string): TypedValue {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return { ok: false, message: `${f.label}: enter a number in ${f.unit}.` };
  const value = Number(cleaned);
  const problem = numberProblem(f, value);
  if (problem) return { ok: false, message: `${f.label}: ${formatNumber(value)} is ${problem}.` };
  return { ok: true, value };
}

function formatNumber(x: number): string {
  return Number.isInteger(x) ? formatInteger(x) : sig3(x);
}

/**
 * Stops for a log-scale slider, so one step of the thumb is a sensible jump: the
 * field's own list of values, powers of two for whole numbers up to a power of two
 * (bytes, batches), else 1, 2, 2.5, 4, 5 per decade (which includes 25, 40, 100,
 * 400 and 800 Gb/s). Always includes min and max.
 */
export function sliderStops(f: NumberField): number[] {
  if (f.values) return [...f.values];
  const stops = new Set<number>([f.min, f.max]);
  const start = Math.max(f.min, 1);
  if (f.integer && Number.isInteger(Math.log2(f.max))) {
    for (let v = 2 ** Math.ceil(Math.log2(start)); v <= f.max; v *= 2) stops.add(v);
  } else {
    for (let decade = 10 ** Math.floor(Math.log10(start)); decade <= f.max; decade *= 10) {
      for (const m of [1, 2, 2.5, 4, 5]) {
        const v = Number((m * decade).toPrecision(6));
        if (v >= f.min && v <= f.max) stops.add(v);
      }
    }
  }
  return [...stops].sort((a, b) => a - b);
}

/** Index of the stop closest to `value` on a log scale (0 counts as the first stop). */
export function nearestStopIndex(stops: readonly number[], value: number): number {
  let best = 0;
  let bestDistance = Infinity;
  stops.forEach((s, i) => {
    const d = s <= 0 || value <= 0 ? Math.abs(s - value) : Math.abs(Math.log(s) - Math.log(value));
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** The value a learner sees for a setting: its own, or the field's default. */
export function settingValue(settings: ScenarioSettings, f: SettingField): number | string | boolean | 'technique' {
  const own = settings[f.key];
  return own ?? f.default;
}

const CHOICE_LABELS: Record<string, string> = {
  udp: 'UDP',
  tcp: 'TCP',
  send: 'SEND',
  write: 'WRITE',
  read: 'READ',
  atomic: 'atomic',
  poll: 'poll (never sleeps)',
  c1: 'C1',
  c1e: 'C1E',
  c6: 'C6',
  'roce-v2': 'RoCE v2',
  infiniband: 'InfiniBand',
  'cut-through': 'cut-through',
  'store-and-forward': 'store-and-forward',
};

/** A choice's option as a learner reads it ("udp" → "UDP", a technique id → its name). */
export function optionLabel(option: string): string {
  if (Object.hasOwn(TECHNIQUES, option)) return TECHNIQUES[option as TechniqueId].name;
  return CHOICE_LABELS[option] ?? option;
}

/** A value with its unit, as a control's label shows it: "64 B", "100 Gb/s", "0.5 × capacity". */
export function formatSetting(f: ScenarioField, value: number | string | boolean): string {
  if (f.kind === 'number' && typeof value === 'number') return `${formatNumber(value)} ${f.unit}`;
  if (f.kind === 'boolean') return value === true ? 'on' : 'off';
  return optionLabel(String(value));
}

/**
 * The scenario in a phrase, for captions: "64 B UDP messages at 100 Gb/s, back to
 * back, idle". Names only what most changes the figures; the URL holds the rest.
 */
export function describeScenario(settings: ScenarioSettings): string {
  const payload = settings.payloadBytes ?? Number(settingField('payloadBytes').default);
  const link = settings.linkGbps ?? Number(settingField('linkGbps').default);
  const hops = settings.switchHops ?? 0;
  const load = settings.loadFraction ?? 0;
  const protocol = settings.protocol ? `${optionLabel(settings.protocol)} ` : '';
  const path = hops === 0 ? 'back to back' : `through ${hops} switch${hops === 1 ? '' : 'es'}`;
  const busy = load === 0 ? 'idle' : `at ${Math.round(load * 100)}% load`;
  return `${formatInteger(payload)} B ${protocol}messages at ${sig3(link)} Gb/s, ${path}, ${busy}`;
}
