import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { grade as gradeResponse, type Grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import { optionMarks } from '@/lib/quiz/marks';
import { type Draft, draftFromResponse, emptyDraft, type Response, type ScenarioValues, toResponse } from '@/lib/quiz/response';
import { fillTemplate } from '@/lib/quiz/template';
import { Feedback } from './feedback';
import { Hints } from './hints';
import { Html } from './html';
import { QuestionInput } from './inputs/question-input';
import { chooseByKey } from './keys';
import { useComputedInstance } from './use-computed-instance';

export interface QuestionViewProps {
  item: QuizItem;
  /** "Question 2 of 10". */
  position: { index: number; total: number };
  headingLevel: 2 | 3;
  /** Practice: grade and show feedback at once. Deferred (the exam): save the answer, no feedback. */
  mode: 'practice' | 'deferred';
  /** The answer already given (practice: checked, shown with feedback; deferred: saved, still editable). */
  answer: Response | null;
  onAnswer: (response: Response, grade: Grade) => void;
  /** Shown once checked (practice) or after saving (deferred) ; also bound to the N key. */
  onNext?: () => void;
  nextLabel?: string;
  /** Practice: a wrong answer may be tried again. */
  onRetry?: () => void;
  /** Move focus to the heading on mount (after Next, not on page load). */
  autoFocus?: boolean;
  labScenario?: ScenarioValues | null;
}

const TYPING = new Set(['text', 'search', 'number']);
const isTyping = (el: EventTarget) => el instanceof HTMLInputElement && TYPING.has(el.type);
const isControl = (el: EventTarget) => el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el instanceof HTMLTextAreaElement;

/**
 * One question, any type: the prompt, the type's input, validation (an empty
 * answer is refused with a message, never graded), grading, feedback, hints.
 * Keys: 1–9 choose an option, Enter checks, N goes on.
 */
export function QuestionView(props: QuestionViewProps) {
  const { item, position, headingLevel, mode, answer, onAnswer, onNext, nextLabel = 'Next question', onRetry, autoFocus, labScenario = null } = props;
  const q = item.question;
  const idPrefix = `q-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-${q.id}`;
  const [draft, setDraft] = useState<Draft>(() => (answer ? draftFromResponse(answer) : emptyDraft(q, item.order)));
  const [error, setError] = useState<string | null>(null);
  const [hints, setHints] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLElement>(null);
  // Set on Check; the feedback takes focus once it has rendered. A ref, not
  // state: a saved answer restored on page load must not steal focus.
  const focusFeedback = useRef(false);

  const checked = mode === 'practice' && answer !== null;
  const result: Grade | null = useMemo(() => (checked && answer ? gradeResponse(q, answer) : null), [checked, q, answer]);

  useComputedInstance(q, draft.type === 'computed' && draft.instance === null && !checked, labScenario, (instance) =>
    setDraft((d) => (d.type === 'computed' ? { ...d, instance } : d)),
  );

  useEffect(() => {
    if (autoFocus) heading.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  // preventScroll, then the smallest scroll that shows it: no jump.
  useEffect(() => {
    if (!focusFeedback.current || !result) return;
    focusFeedback.current = false;
    feedback.current?.focus({ preventScroll: true });
    feedback.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);

  const submit = () => {
    if (checked) return;
    const outcome = toResponse(q, draft);
    if (!outcome.ok) {
      setError(outcome.error);
      return;
    }
    setError(null);
    focusFeedback.current = mode === 'practice';
    onAnswer(outcome.response, gradeResponse(q, outcome.response));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const typing = isTyping(e.target);
    if (/^[1-9]$/.test(e.key) && !typing && !checked) {
      const next = chooseByKey(q, draft, item.order, Number(e.key) - 1);
      if (next) {
        e.preventDefault();
        setDraft(next.draft);
        setError(null);
        document.getElementById(`${idPrefix}-${next.optionKey}`)?.focus({ preventScroll: true });
      }
    } else if (e.key === 'Enter' && !checked && !isControl(e.target)) {
      e.preventDefault();
      submit();
    } else if ((e.key === 'n' || e.key === 'N') && !typing && onNext && (checked || (mode === 'deferred' && answer))) {
      e.preventDefault();
      onNext();
    }
  };

  const H = headingLevel === 2 ? 'h2' : 'h3';
  const promptHtml = q.type === 'computed' ? (draft.type === 'computed' && draft.instance ? fillTemplate(q.prompt.template, draft.instance.values) : null) : q.prompt.text;
  const errorId = `${idPrefix}-error`;
  const marks = result && answer ? optionMarks(q, answer, result) : undefined;

  return (
    <section className="quiz-question" data-question={q.id} aria-labelledby={`${idPrefix}-heading`} onKeyDown={onKeyDown}>
      <H className="quiz-question-heading" id={`${idPrefix}-heading`} ref={heading} tabIndex={-1}>
        Question {position.index + 1} of {position.total}
      </H>
      {promptHtml === null ? (
        <p className="quiz-prompt quiz-loading">Drawing a scenario from the latency model…</p>
      ) : (
        <Html className="quiz-prompt" html={promptHtml} />
      )}
      {draft.type === 'computed' && draft.instance?.fromLab ? (
        <p className="quiz-from-lab">
          Computed for the network and message size you set in the <a href="/lab/">latency lab</a>.
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <QuestionInput
          question={q}
          draft={draft}
          order={item.order}
          onChange={(d) => {
            setDraft(d);
            setError(null);
          }}
          disabled={checked}
          idPrefix={idPrefix}
          describedBy={error ? errorId : undefined}
          marks={marks}
        />
        {error ? (
          <p className="quiz-error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
        <Hints hints={q.hints ?? []} shown={hints} onShowMore={() => setHints((n) => n + 1)} idPrefix={idPrefix} />
        {checked ? null : (
          <p className="quiz-actions">
            <button type="submit" className="quiz-button">
              {mode === 'practice' ? 'Check' : answer ? 'Save changed answer' : 'Save answer'}
            </button>
            {mode === 'deferred' && answer ? <span className="quiz-saved">Answer saved.</span> : null}
          </p>
        )}
      </form>
      {result && answer ? <Feedback ref={feedback} item={item} response={answer} grade={result} /> : null}
      {checked || (mode === 'deferred' && answer) ? (
        <p className="quiz-actions">
          {checked && result && !result.correct && onRetry ? (
            <button type="button" className="quiz-button quiz-button-quiet" onClick={onRetry}>
              Try this one again
            </button>
          ) : null}
          {onNext ? (
            <button type="button" className="quiz-button" onClick={onNext} aria-keyshortcuts="N">
              {nextLabel}
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
