'use client';

import { type ChangeEvent, useRef, useState } from 'react';
import { parseExport, serialiseExport } from '@/lib/quiz/progress-parse';
import { scoreOf } from '@/lib/quiz/progress';
import type { BankSummary } from '@/lib/quiz/item';
import { progressActions, useProgress, useProgressHydrated } from './use-progress';

export interface ProgressPanelProps {
  lessons: readonly { slug: string; title: string }[];
  banks: readonly BankSummary[];
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The learner's progress per lesson, with export, import and reset. Everything it says goes to one live region. */
export function ProgressPanel({ lessons, banks }: ProgressPanelProps) {
  const hydrated = useProgressHydrated();
  const data = useProgress((s) => s.data);
  const [message, setMessage] = useState<Message>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const now = Date.now();
    const blob = new Blob([serialiseExport(data, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `bypass-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage({ kind: 'ok', text: `Exported ${Object.keys(data.answers).length} answers and ${Object.keys(data.review).length} review questions to ${a.download}.` });
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = parseExport(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Nothing was imported. ${result.error}` });
      return;
    }
    progressActions().importData(result.data);
    const n = Object.keys(result.data.answers).length;
    const skipped = result.dropped > 0 ? ` ${result.dropped} damaged ${result.dropped === 1 ? 'record was' : 'records were'} skipped.` : '';
    setMessage({ kind: 'ok', text: `Imported ${n} ${n === 1 ? 'answer' : 'answers'} and ${Object.keys(result.data.review).length} review questions from ${file.name}, merged with this browser’s progress.${skipped}` });
  };

  if (!hydrated) return <p className="quiz-loading">Loading your progress…</p>;
  return (
    <div className="progress-panel">
      <table className="progress-table">
        <caption>Your progress by lesson</caption>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Read</th>
            <th scope="col">Quiz</th>
            <th scope="col">
              <span className="visually-hidden">Reset</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((l) => {
            const bank = banks.find((b) => b.lesson === l.slug);
            const score = bank ? scoreOf(data.answers, bank.questions) : null;
            return (
              <tr key={l.slug}>
                <th scope="row">{l.title}</th>
                <td>{data.read[l.slug] ? 'Yes' : 'Not yet'}</td>
                <td>{score ? `${score.correct} of ${score.total} right, ${score.answered} answered` : 'No quiz yet'}</td>
                <td>
                  {score && score.answered > 0 ? (
                    <button
                      type="button"
                      className="quiz-button quiz-button-quiet"
                      onClick={() => {
                        progressActions().resetLesson(l.slug);
                        setMessage({ kind: 'ok', text: `The quiz for “${l.title}” was reset: its answers and review questions are gone.` });
                      }}
                    >
                      Reset the quiz for {l.title}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {data.exams.length > 0 ? (
        <p>
          Exams taken: {data.exams.length}; the last scored {data.exams.at(-1)?.correct} of {data.exams.at(-1)?.total}.
        </p>
      ) : null}
      <p className="quiz-actions">
        <button type="button" className="quiz-button" onClick={exportFile}>
          Export progress to a file
        </button>
        <button type="button" className="quiz-button quiz-button-quiet" onClick={() => fileInput.current?.click()}>
          Import progress from a file
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" aria-label="Progress file to import" tabIndex={-1} onChange={importFile} />
        <button type="button" className="quiz-button quiz-button-danger" onClick={() => setConfirmAll(true)}>
          Reset everything
        </button>
      </p>
      {confirmAll ? (
        <div className="quiz-confirm">
          <p>This forgets every answer, review question, exam score and lesson read, in this browser. Export first if you may want them back.</p>
          <p className="quiz-actions">
            <button
              type="button"
              className="quiz-button quiz-button-danger"
              onClick={() => {
                progressActions().resetAll();
                setConfirmAll(false);
                setMessage({ kind: 'ok', text: 'All progress in this browser was reset.' });
              }}
            >
              Yes, reset everything
            </button>
            <button type="button" className="quiz-button quiz-button-quiet" onClick={() => setConfirmAll(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
      <p className={`progress-message ${message?.kind === 'error' ? 'is-error' : ''}`} role="status">
        {message?.text}
      </p>
    </div>
  );
}
