import { Html } from '../html';
import { MARK_TEXT, type OptionMark } from './input-props';

export interface OptionLabelProps {
  index: number;
  html: string;
  mark?: OptionMark;
}

/** An option's text with its keyboard number and, once checked, what it was. */
export function OptionLabel({ index, html, mark }: OptionLabelProps) {
  return (
    <>
      {index < 9 ? (
        <kbd className="quiz-key" aria-hidden="true">
          {index + 1}
        </kbd>
      ) : null}
      <Html as="span" className="quiz-option-text" html={html} />
      {mark ? <span className={`quiz-mark quiz-mark-${mark}`}>{MARK_TEXT[mark]}</span> : null}
    </>
  );
}
