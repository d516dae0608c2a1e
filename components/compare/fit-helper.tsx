'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { FIT_QUESTIONS, rankTechniques, type FitAnswers, type ReasonTone } from '@/lib/compare/fit';
import type { FactsById } from '@/lib/compare/types';
import { formatNs } from '@/lib/format';
import { useScenarioStore } from '@/lib/store/scenario';

export interface FitHelperProps {
  facts: FactsById;
}

const TONE: Record<ReasonTone, string> = { for: 'For', against: 'Against', caution: 'Caution' };

/** "What fits me": a few questions, and every technique ranked for the answers, with the reasons. */
export function FitHelper({ facts }: FitHelperProps) {
  const id = useId();
  const [answers, setAnswers] = useState<Partial<FitAnswers>>({});
  const settings = useDeferredValue(useScenarioStore((s) => s.settings));
  const results = useMemo(() => rankTechniques(answers, settings, facts), [answers, settings, facts]);
  const fitting = results.filter((r) => r.fits);
  const best = fitting[0];

  return (
    <div className="fit-helper">
      <form className="fit-questions" onSubmit={(e) => e.preventDefault()}>
        {FIT_QUESTIONS.map((q) => (
          <fieldset key={q.key} className="control control-choice">
            <legend className="control-label">{q.question}</legend>
            <div className="control-options">
              {q.options.map((o) => (
                <label key={o.value} className="control-option">
                  <input type="radio" name={`${id}-${q.key}`} value={o.value} checked={answers[q.key] === o.value} onChange={() => setAnswers({ ...answers, [q.key]: o.value })} />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="button" className="button button-quiet" onClick={() => setAnswers({})}>
          Clear answers
        </button>
      </form>
      <p className="fit-summary" role="status">
        {best
          ? `${fitting.length} of ${results.length} techniques fit. Fastest that fits: ${best.name}${best.medianNs !== null ? `, ${formatNs(best.medianNs)} one-way` : ''}.`
          : 'Nothing fits every answer: each technique below says what rules it out.'}
      </p>
      <ol className="fit-results">
        {results.map((r) => (
          <li key={r.id} className={r.fits ? 'fit-result fits' : 'fit-result ruled-out'}>
            <h3 className="fit-name">
              {r.rank !== null ? `${r.rank}. ` : ''}
              {r.name} <span className="fit-badge">{r.fits ? 'fits' : 'ruled out'}</span>
            </h3>
            <ul className="fit-reasons">
              {r.reasons.map((reason) => (
                <li key={reason.text} className={`reason reason-${reason.tone}`}>
                  <span className="reason-tone">{TONE[reason.tone]}:</span> {reason.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
