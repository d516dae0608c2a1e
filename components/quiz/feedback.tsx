import type { Ref } from 'react';
import type { Grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import { formatNumber } from '@/lib/quiz/marks';
import type { Response } from '@/lib/quiz/response';
import { Html } from './html';
import { RightOrder } from './right-order';

export interface FeedbackProps {
  item: QuizItem;
  response: Response;
  grade: Grade;
  /** The region's name; several feedbacks on one page (a summary) need telling apart. */
  label?: string;
  ref?: Ref<HTMLElement>;
}

/** After an answer: right or wrong, why each wrong choice is wrong, the explanation, and where the lesson teaches it. */
export function Feedback({ item, response, grade, label = 'Feedback', ref }: FeedbackProps) {
  const q = item.question;
  return (
    <section ref={ref} tabIndex={-1} aria-label={label} className={`quiz-feedback ${grade.correct ? 'is-right' : 'is-wrong'}`}>
      <p className="quiz-verdict">{grade.correct ? 'Correct.' : 'Not quite.'}</p>
      {grade.correct ? null : <WhyWrong item={item} response={response} grade={grade} />}
      {q.type === 'computed' && response.type === 'computed' ? (
        <p>
          The latency model gives {formatNumber(response.instance.expected, q.prompt.decimals)} {q.prompt.unit} for this scenario.
        </p>
      ) : null}
      <Html className="quiz-explanation" html={q.explanation} />
      <p className="quiz-section-link">
        Where the lesson teaches it: <a href={item.section.href}>{item.section.title}</a>
      </p>
    </section>
  );
}

function WhyWrong({ item, response, grade }: { item: QuizItem; response: Response; grade: Grade }) {
  const q = item.question;
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const text = new Map(q.prompt.options.map((o) => [o.id, o.text]));
      return (
        <>
          {(grade.chosenWrong ?? []).map((id, i) => (
            <div key={id} className="quiz-why">
              <p>
                Why not “<Html as="span" html={text.get(id) ?? id} />”?
              </p>
              <Html html={grade.feedback[i] ?? ''} />
            </div>
          ))}
          {grade.missed && grade.missed.length > 0 ? (
            <div className="quiz-why">
              <p>You left out:</p>
              <ul>
                {grade.missed.map((id) => (
                  <li key={id}>
                    <Html as="span" html={text.get(id) ?? id} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      );
    }
    case 'truefalse':
      return (
        <div className="quiz-why">
          <p>The statement is {q.answer.correct ? 'true' : 'false'}.</p>
          <Html html={grade.feedback[0] ?? ''} />
        </div>
      );
    case 'short':
      return (
        <div className="quiz-why">
          <Html html={grade.feedback[0] ?? ''} />
          <p>
            Accepted: {q.answer.accepted.map((a, i) => (
              <span key={a}>
                {i > 0 ? ', ' : ''}
                <code>{a}</code>
              </span>
            ))}
            {response.type === 'short' ? <> (you wrote <code>{response.text}</code>)</> : null}
          </p>
        </div>
      );
    case 'numeric':
    case 'computed': {
      const unit = q.prompt.unit;
      const expected = grade.expected ?? 0;
      return (
        <div className="quiz-why">
          <p>
            {grade.direction === 'low' ? 'Too low.' : 'Too high.'}{' '}
            {q.type === 'numeric' ? `The answer is ${formatNumber(expected)} ${unit} (within ${formatNumber(q.answer.tolerance)} ${unit}).` : null}
          </p>
          <Html html={grade.feedback[0] ?? ''} />
        </div>
      );
    }
    case 'ordering':
      return (
        <div className="quiz-why">
          <Html html={grade.feedback[0] ?? ''} />
          <p>The right order:</p>
          <RightOrder question={q} />
        </div>
      );
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}
