/**
 * Checks a scenario and fills in its defaults. Ranges come from SCENARIO_FIELDS;
 * the checks are written out field by field because estimate() runs thousands of
 * times per slider move and a generic loop over the table costs more than the model.
 */
import { scenarioField, type ChoiceField, type NumberField } from './fields';
import { TECHNIQUES } from './techniques';
import type { Protocol, RdmaOp, ResolvedScenario, Scenario, TechniqueId } from './types';

/** A scenario the model refuses; `field` names the offending key. */
export class ScenarioError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ScenarioError';
    this.field = field;
  }
}

function numberField(key: keyof Scenario): NumberField {
  const f = scenarioField(key);
  if (f.kind !== 'number') throw new Error(`SCENARIO_FIELDS: '${key}' is not a number field`);
  return f;
}

function choiceField(key: keyof Scenario): ChoiceField {
  const f = scenarioField(key);
  if (f.kind !== 'choice') throw new Error(`SCENARIO_FIELDS: '${key}' is not a choice field`);
  return f;
}

/** A boolean field whose default is a fixed value (not 'technique'). */
function fixedDefault(key: keyof Scenario): boolean {
  const f = scenarioField(key);
  if (f.kind !== 'boolean' || typeof f.default !== 'boolean') throw new Error(`SCENARIO_FIELDS: '${key}' has no fixed boolean default`);
  return f.default;
}

const PAYLOAD = numberField('payloadBytes');
const LINK = numberField('linkGbps');
const HOPS = numberField('switchHops');
const CABLE = numberField('cableMeters');
const CPU = numberField('cpuGhz');
const LOAD = numberField('loadFraction');
const COALESCE = numberField('interruptCoalescingUs');
const MTU = numberField('mtuBytes');
const BATCH = numberField('batchSize');
const PATH_MTU = numberField('rdmaPathMtuBytes');
const PROTOCOL = choiceField('protocol');
const RDMA_OP = choiceField('rdmaOp');
const IDLE = choiceField('idleState');
const TRANSPORT = choiceField('rdmaTransport');
const SWITCH_MODE = choiceField('switchMode');
const PTI_DEFAULT = fixedDefault('pti');
const NUMA_DEFAULT = fixedDefault('numaRemote');

function num(value: unknown, f: NumberField, required: boolean): number {
  if (value === undefined && !required) return f.default;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScenarioError(f.key, `expected a finite number, got ${String(value)}`);
  }
  if (value < f.min || value > f.max) {
    throw new ScenarioError(f.key, `${value} is outside ${f.min} to ${f.max} ${f.unit}`);
  }
  if (f.integer && !Number.isInteger(value)) throw new ScenarioError(f.key, `${value} is not a whole number`);
  if (f.values && !f.values.includes(value)) throw new ScenarioError(f.key, `${value} is not one of ${f.values.join(', ')}`);
  return value;
}

function choice<T extends string>(value: unknown, f: ChoiceField): T {
  if (value === undefined) return f.default as T;
  if (typeof value !== 'string' || !f.options.includes(value)) {
    throw new ScenarioError(f.key, `unknown value ${String(value)}; expected one of ${f.options.join(', ')}`);
  }
  return value as T;
}

function bool(value: unknown, key: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ScenarioError(key, `expected true or false, got ${String(value)}`);
  return value;
}

/** Validates `s` and returns it with every default filled in; throws ScenarioError. */
export function resolveScenario(s: Scenario): ResolvedScenario {
  if (s === null || typeof s !== 'object') throw new ScenarioError('scenario', 'expected an object');
  const technique = s.technique;
  if (typeof technique !== 'string' || !Object.hasOwn(TECHNIQUES, technique)) {
    throw new ScenarioError('technique', `unknown technique ${String(technique)}`);
  }
  const info = TECHNIQUES[technique as TechniqueId];

  // protocol and rdmaOp must be known values; a technique that does not read one
  // ignores it (SCENARIO_FIELDS' appliesTo), so one scenario can follow a learner
  // across techniques: raw-frame techniques always carry UDP, RDMA its own transport.
  const asked = choice<Protocol>(s.protocol, PROTOCOL);
  const protocol: Protocol = info.protocols.includes(asked) ? asked : 'udp';
  const rdmaOp = choice<RdmaOp>(s.rdmaOp, RDMA_OP);

  // kernel and kernel-busy-poll are the two modes themselves, so spin cannot change them.
  const spinGiven = bool(s.spin, 'spin', info.polling);

  return {
    technique,
    protocol,
    rdmaOp,
    payloadBytes: num(s.payloadBytes, PAYLOAD, true),
    linkGbps: num(s.linkGbps, LINK, true),
    switchHops: num(s.switchHops, HOPS, false),
    cableMeters: num(s.cableMeters, CABLE, false),
    cpuGhz: num(s.cpuGhz, CPU, false),
    loadFraction: num(s.loadFraction, LOAD, false),
    spin: info.spinConfigurable ? spinGiven : info.polling,
    interruptCoalescingUs: num(s.interruptCoalescingUs, COALESCE, false),
    idleState: choice(s.idleState, IDLE),
    pti: bool(s.pti, 'pti', PTI_DEFAULT),
    numaRemote: bool(s.numaRemote, 'numaRemote', NUMA_DEFAULT),
    mtuBytes: num(s.mtuBytes, MTU, false),
    batchSize: num(s.batchSize, BATCH, false),
    rdmaTransport: choice(s.rdmaTransport, TRANSPORT),
    rdmaPathMtuBytes: num(s.rdmaPathMtuBytes, PATH_MTU, false),
    switchMode: choice(s.switchMode, SWITCH_MODE),
  };
}
