/**
 * The stack diagram's pure side: which rows each path uses and bypasses, the
 * steps from the latency model's stages, the notes, the geometry and the words.
 * No React, no DOM: components/diagrams draws what this computes.
 */
export { buildDiagram, type DiagramView } from './build';
export { announce, bypassSummary, conditions, describe, describeParts, lowerFirst, meanwhile, type Description, placeLabel, routeSummary, stepSentence, whereLabel } from './describe';
export { parseFieldInput, type FieldInput } from './field-input';
export { formatBytes, formatCount, formatGbps, formatNs, formatShare } from './format';
export { FRAMES, layoutPath, markerSpan, pointsAttr, round, rowCenter, type DiagramSize, type Frame, type PathLayout, type Point } from './geometry';
export { bypassedRows, layerStates, pathEnds, type Endpoint, type LayerStates, type PathEnds, type RowState } from './layers';
export { noteIsCurrent, NOTES, notesFor, type DiagramNote, type NoteSpec } from './notes';
export { isHostRow, placeOf, ROWS, rowLabel, SOFTWARE_ROWS, USER_ROWS, type HostSide, type Place, type Row } from './rows';
export { stepAtTime, toSteps, type DiagramStep } from './steps';
export {
  isPathVariantId,
  parsePathVariant,
  PATH_VARIANT_IDS,
  PATH_VARIANTS,
  pathVariant,
  variantScenario,
  type PathVariant,
  type PathVariantId,
} from './variants';
