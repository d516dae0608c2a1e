import type { Grade } from '@/lib/quiz/grade';
import type { QuizItem } from '@/lib/quiz/item';
import { formatNumber } from '@/lib/quiz/marks';
import type { Response } from '@/lib/quiz/response';
import { fillTemplate } from '@/lib/quiz/template';
import { Feedback } from './feedback';
import { Html } from './html';
import { RightOrder } from './right-order';

export interface AnswerReviewProps {
  item: QuizItem;
  number: number;
  response: Response | null;
  grade: Grade | null;
  headingLevel: 3 | 4;
}

/** One question in a summary: the prompt, every option with the right ones and the learner's marked, and why. */
export function AnswerReview({ item, number, response, grade, headingLevel }: AnswerReviewProps) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const q = item.question;
  const verdict = !grade ? 'not answered' : grade.correct ? 'right' : 'wrong';
  const prompt = q.type === 'computed' ? (response?.type === 'computed' ? fillTemplate(q.prompt.template, response.instance.values) : q.prompt.template) : q.prompt.text;
  return (
    <li className={`quiz-review-item is-${verdict.replace(' ', '-')}`}>
      <H className="quiz-review-heading">
        Question {number}: {verdict}
      </H>
      <Html className="quiz-prompt" html={prompt} />
      <Options item={item} response={response} />
      {response && grade ? (
        <Feedback item={item} response={response} grade={grade} label={`Feedback on question ${number}`} />
      ) : (
        <div className="quiz-feedback">
          <Html className="quiz-explanation" html={q.explanation} />
          <p className="quiz-section-link">
            Where the lesson teaches it: <a href={item.section.href}>{item.section.title}</a>
          </p>
        </div>
      )}
    </li>
  );
}

function Tags({ right, yours }: { right: boolean; yours: boolean }) {
  return (
    <>
      {right ? <span className="quiz-mark quiz-mark-correct">Right answer</span> : null}
      {yours ? <span className={`quiz-mark ${right ? 'quiz-mark-yours' : 'quiz-mark-chosen-wrong'}`}>Your answer</span> : null}
    </>
  );
}

function Options({ item, response }: { item: QuizItem; response: Response | null }) {
  const q = item.question;
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = new Set(q.type === 'single' ? [q.answer.correct] : q.answer.correct);
      const yours = new Set(response?.type === 'single' ? [response.choice] : response?.type === 'multiple' ? response.choices : []);
      const text = new Map(q.prompt.options.map((o) => [o.id, o.text]));
      return (
        <ul className="quiz-review-options">
          {item.order.map((id) => (
            <li key={id}>
              <Html as="span" html={text.get(id) ?? id} /> <Tags right={right.has(id)} yours={yours.has(id)} />
            </li>
          ))}
        </ul>
      );
    }
    case 'truefalse':
      return (
        <ul className="quiz-review-options">
          {[true, false].map((v) => (
            <li key={String(v)}>
              {v ? 'True' : 'False'} <Tags right={q.answer.correct === v} yours={response?.type === 'truefalse' && response.value === v} />
            </li>
          ))}
        </ul>
      );
    case 'short':
      return (
        <p>
          Your answer: {response?.type === 'short' ? <code>{response.text}</code> : '—'}. Accepted: {q.answer.accepted.join(', ')}.
        </p>
      );
    case 'numeric':
      return (
        <p>
          Your answer: {response?.type === 'numeric' ? `${formatNumber(response.value)} ${q.prompt.unit}` : '—'}. The answer:{' '}
          {formatNumber(q.answer.value)} {q.prompt.unit} (within {formatNumber(q.answer.tolerance)}).
        </p>
      );
    case 'computed':
      return response?.type === 'computed' ? (
        <p>
          Your answer: {formatNumber(response.value, q.prompt.decimals)} {q.prompt.unit}. The model: {formatNumber(response.instance.expected, q.prompt.decimals)}{' '}
          {q.prompt.unit}.
        </p>
      ) : null;
    case 'ordering': {
      const text = new Map(q.prompt.items.map((o) => [o.id, o.text]));
      const yours = response?.type === 'ordering' ? response.order : null;
      return (
        <div className="quiz-review-orders">
          <div>
            <p>The right order</p>
            <RightOrder question={q} />
          </div>
          {yours ? (
            <div>
              <p>Your order</p>
              <ol>
                {yours.map((id, i) => (
                  <li key={id} className={q.answer.order[i] === id ? 'is-in-place' : 'is-misplaced'}>
                    <Html as="span" html={text.get(id) ?? id} /> {q.answer.order[i] === id ? null : <span className="quiz-mark quiz-mark-chosen-wrong">Out of place</span>}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>
      );
    }
    default: {
      const never: never = q;
      throw new Error(`unknown question type ${String((never as { type: unknown }).type)}`);
    }
  }
}
