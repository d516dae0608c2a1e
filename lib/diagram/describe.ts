/**
 * The diagram in words: the figure's text description (which follows the step),
 * what the live region announces, and the conditions every figure holds under.
 */
import type { DiagramView } from './build';
import { formatBytes, formatGbps, formatNs, formatShare } from './format';
import { bypassedRows } from './layers';
import { isHostRow, rowLabel, type HostSide, type Place } from './rows';
import { stepAtTime, type DiagramStep } from './steps';

export function placeLabel(view: DiagramView, place: Place): string {
  return isHostRow(place) ? rowLabel(place, view.variant) : 'Link';
}

/** "Sender, PCIe / DMA, memory" or "Link". */
export function whereLabel(view: DiagramView, step: DiagramStep): string {
  if (step.side === 'wire') return 'Link between the hosts';
  return `${view.hosts[step.side]}, ${placeLabel(view, step.place)}`;
}

/** "Application" becomes "application"; "DPDK PMD" and "NIC" stay as they are. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function listRows(view: DiagramView, side: HostSide): string {
  return joinAnd(bypassedRows(view.layers, side).map((row) => lowerFirst(rowLabel(row, view.variant))));
}

/** The route, leg by leg: "through the sender's application, DPDK PMD, ... then across the link, then ..." */
export function routeSummary(view: DiagramView): string {
  const legs: { side: DiagramStep['side']; places: string[] }[] = [];
  const visit = (side: DiagramStep['side'], label: string) => {
    let leg = legs[legs.length - 1];
    if (!leg || leg.side !== side) {
      leg = { side, places: [] };
      legs.push(leg);
    }
    if (leg.places[leg.places.length - 1] !== label) leg.places.push(label);
  };
  if (view.ends.start) visit('sender', placeLabel(view, 'app'));
  for (const step of view.steps) visit(step.side, placeLabel(view, step.place));
  if (view.ends.end) visit(view.ends.end.side, placeLabel(view, 'app'));
  return legs
    .map((leg) =>
      leg.side === 'wire' ? 'across the link' : `through the ${view.hosts[leg.side].toLowerCase()}'s ${joinAnd(leg.places.map(lowerFirst))}`,
    )
    .join(', then ');
}

/** What the path skips, host by host, or that it skips nothing. */
export function bypassSummary(view: DiagramView): string {
  const parts: string[] = [];
  for (const side of ['sender', 'receiver'] as const) {
    const rows = listRows(view, side);
    if (rows) parts.push(`on the ${view.hosts[side].toLowerCase()} it bypasses ${rows}`);
  }
  const idle = (['sender', 'receiver'] as const).filter((side) => view.layers[side].app === 'idle');
  for (const side of idle) parts.push(`the ${view.hosts[side].toLowerCase()}'s CPU takes no part`);
  return parts.length > 0 ? `Compared with the Linux socket path, ${parts.join('; ')}.` : 'It uses every layer of the Linux socket path.';
}

/** Every figure's conditions: what the model computed, for which scenario. */
export function conditions(view: DiagramView): string {
  const s = view.scenario;
  const what = view.roundTrip ? 'the whole operation (a round trip), median' : 'one way (half a ping-pong round trip), median';
  const hops = s.switchHops ?? 0;
  const link = hops === 0 ? 'hosts back to back' : `${hops} switch${hops === 1 ? '' : 'es'}`;
  return `Model estimate, ${what}: ${formatBytes(s.payloadBytes)} messages, ${formatGbps(s.linkGbps)} link, ${link}. A teaching model, not a benchmark.`;
}

export function stepSentence(view: DiagramView, step: DiagramStep): string {
  return `Step ${step.index + 1} of ${view.steps.length}: ${step.label}. ${whereLabel(view, step)}. ${formatNs(step.ns)} (${formatShare(step.share)}), running total ${formatNs(step.endNs)} of ${formatNs(view.totalNs)}.`;
}

export interface Description {
  /** Name, stage count, total and what the path bypasses. */
  summary: string;
  /** The route in words, for readers who cannot see it drawn. */
  route: string;
  /** Where the message is now. */
  now: string;
}

/** The figure's description: the path, what it skips, and where the message is now. */
export function describeParts(view: DiagramView, stepIndex: number): Description {
  const step = view.steps[stepIndex];
  return {
    summary: `${view.variant.name}: ${view.steps.length} stages, ${formatNs(view.totalNs)}. ${bypassSummary(view)}`,
    route: `The message goes ${routeSummary(view)}.`,
    now: step ? `Now at ${lowerFirst(stepSentence(view, step))}` : '',
  };
}

export function describe(view: DiagramView, stepIndex: number): string {
  const d = describeParts(view, stepIndex);
  return [d.summary, d.route, d.now].filter(Boolean).join(' ');
}

/** What the live region says when the learner moves to a step. */
export function announce(view: DiagramView, stepIndex: number, meanwhile?: string): string {
  const step = view.steps[stepIndex];
  if (!step) return '';
  return meanwhile ? `${stepSentence(view, step)} ${meanwhile}` : stepSentence(view, step);
}

/**
 * Compare mode: where `other`'s message is when `view`'s finishes step
 * `stepIndex`, and that in words.
 */
export function meanwhile(view: DiagramView, stepIndex: number, other: DiagramView): { index: number; arrived: boolean; text: string } {
  const t = view.steps[stepIndex]?.endNs ?? 0;
  const at = stepAtTime(other.steps, t);
  const step = other.steps[at.index];
  const text = at.arrived
    ? `At the same moment (${formatNs(t)}), the ${other.variant.name} message has arrived: it took ${formatNs(other.totalNs)}.`
    : `At the same moment (${formatNs(t)}), the ${other.variant.name} message is at step ${at.index + 1} of ${other.steps.length}: ${step?.label ?? ''}.`;
  return { ...at, text };
}
