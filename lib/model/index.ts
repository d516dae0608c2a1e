/** Public API of the latency model. See README.md in this folder for what it models and why. */
export { estimate, sampleLatency, MAX_SAMPLES } from './estimate';
export { ScenarioError } from './validate';
export { TECHNIQUES, TECHNIQUE_IDS, type TechniqueInfo } from './techniques';
export {
  SCENARIO_FIELDS,
  scenarioField,
  type BooleanField,
  type ChoiceField,
  type FieldMoves,
  type NumberField,
  type ScenarioField,
} from './fields';
export { STAGE_INFO } from './stage-info';
export type {
  Estimate,
  IdleState,
  Layer,
  Protocol,
  RdmaOp,
  RdmaTransport,
  SampleOptions,
  Scenario,
  Stage,
  StageId,
  StageInfo,
  StageKind,
  StageSide,
  SwitchMode,
  TechniqueId,
} from './types';
