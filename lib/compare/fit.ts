/**
 * "What fits me": a few questions, and the techniques ranked for the answers.
 * A hard constraint (TCP needed, no code changes, NICs you cannot choose, a peer
 * you do not control) rules a technique out with the reason; among those left,
 * the ranking is by one-way median latency for the learner's scenario, computed
 * with spinning off where a spinning core is not acceptable.
 */
import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from '@/lib/model';
import type { CodeChanges } from '@/lib/content/technique-facts-schema';
import type { ScenarioSettings } from '@/lib/store/scenario';
import { formatNs } from '@/lib/format';
import { buildRow } from './rows';
import type { FactsById } from './types';

export interface FitAnswers {
  changeCode: 'no' | 'relink' | 'yes';
  needTcp: 'yes' | 'no';
  chooseNics: 'yes' | 'no';
  spinOk: 'yes' | 'no';
  bothEnds: 'yes' | 'no';
}

export interface FitQuestion<K extends keyof FitAnswers = keyof FitAnswers> {
  key: K;
  question: string;
  options: readonly { value: FitAnswers[K]; label: string }[];
}

const YES_NO = (yes: string, no: string) => [{ value: 'yes', label: yes }, { value: 'no', label: no }] as const;

export const FIT_QUESTIONS: readonly FitQuestion[] = [
  { key: 'changeCode', question: 'Can you change the application\'s code?', options: [{ value: 'no', label: 'No, it must run as it is' }, { value: 'relink', label: 'Only rebuild or relink it' }, { value: 'yes', label: 'Yes, I can rewrite its networking' }] },
  { key: 'needTcp', question: 'Do you need TCP?', options: YES_NO('Yes, the peer speaks TCP', 'No, UDP or my own protocol will do') },
  { key: 'chooseNics', question: 'Do you choose the NICs?', options: YES_NO('Yes, I can buy the adapters', 'No, I must use the NICs I have') },
  { key: 'spinOk', question: 'Is a spinning core acceptable?', options: YES_NO('Yes, a core can busy-poll', 'No, cores must sleep when idle') },
  { key: 'bothEnds', question: 'Do you control both ends?', options: YES_NO('Yes, I run the peer too', 'No, the peer is someone else\'s') },
];

export type ReasonTone = 'for' | 'against' | 'caution';

export interface FitReason {
  tone: ReasonTone;
  text: string;
}

export interface FitResult {
  id: TechniqueId;
  name: string;
  fits: boolean;
  /** 1 for the best fit; null for a technique ruled out. */
  rank: number | null;
  /** One-way median for the scenario as the answers run it; null if the model refused it. */
  medianNs: number | null;
  reasons: FitReason[];
}

const CODE_ALLOWED: Record<FitAnswers['changeCode'], readonly CodeChanges[]> = {
  no: ['none'],
  relink: ['none', 'relink'],
  yes: ['none', 'relink', 'rewrite'],
};

function judge(id: TechniqueId, answers: Partial<FitAnswers>, facts: FactsById): FitReason[] {
  const f = facts[id];
  const info = TECHNIQUES[id];
  const reasons: FitReason[] = [];
  if (answers.changeCode) {
    const ok = CODE_ALLOWED[answers.changeCode].includes(f.codeChanges.value);
    reasons.push({ tone: ok ? 'for' : 'against', text: ok && f.codeChanges.value === 'none' ? `No code changes: ${f.codeChanges.text}` : `Code: ${f.codeChanges.text}` });
  }
  if (answers.needTcp === 'yes') {
    const tcp = f.protocols.value.includes('tcp');
    reasons.push({ tone: tcp ? 'for' : 'against', text: tcp ? 'Offers TCP.' : `No TCP: ${f.protocols.text}` });
  }
  if (answers.chooseNics === 'no') {
    const hw = f.hardware.value;
    const tone: ReasonTone = hw === 'any' ? 'for' : hw === 'driver' ? 'caution' : 'against';
    reasons.push({ tone, text: hw === 'driver' ? `Check your NIC's driver: ${f.hardware.text}` : `Hardware: ${f.hardware.text}` });
  }
  if (answers.spinOk === 'no') {
    if (!info.spinConfigurable && info.polling) reasons.push({ tone: 'against', text: 'Busy polling is a spinning core by definition.' });
    else if (info.spinConfigurable && info.polling) reasons.push({ tone: 'caution', text: 'Runs without spinning: the receiver sleeps until an interrupt, which the latency below includes.' });
    else reasons.push({ tone: 'for', text: 'Sleeps until an interrupt: no spinning core.' });
  }
  if (answers.bothEnds === 'no') {
    const any = f.peer.value === 'any';
    reasons.push({ tone: any ? 'for' : 'against', text: any ? f.peer.text : `Peer: ${f.peer.text}` });
  }
  return reasons;
}

export function rankTechniques(answers: Partial<FitAnswers>, settings: ScenarioSettings, facts: FactsById): FitResult[] {
  const judged = TECHNIQUE_IDS.map((id) => {
    const reasons = judge(id, answers, facts);
    const fits = !reasons.some((r) => r.tone === 'against');
    const overrides = answers.spinOk === 'no' && TECHNIQUES[id].spinConfigurable ? { spin: false } : {};
    const row = buildRow(id, settings, facts, overrides);
    const medianNs = row.estimate?.oneWay.medianNs ?? null;
    if (row.error) reasons.push({ tone: 'caution', text: `The model could not compute this scenario: ${row.error}` });
    else if (medianNs !== null) reasons.push({ tone: 'for', text: `${formatNs(medianNs)} one-way median for your scenario.` });
    return { id, name: TECHNIQUES[id].name, fits, rank: null as number | null, medianNs, reasons };
  });
  const against = (r: FitResult) => r.reasons.filter((x) => x.tone === 'against').length;
  const byLatency = (a: FitResult, b: FitResult) => (a.medianNs ?? Infinity) - (b.medianNs ?? Infinity);
  const fitting = judged.filter((r) => r.fits).sort(byLatency);
  const ruledOut = judged.filter((r) => !r.fits).sort((a, b) => against(a) - against(b) || byLatency(a, b));
  fitting.forEach((r, i) => (r.rank = i + 1));
  return [...fitting, ...ruledOut];
}
