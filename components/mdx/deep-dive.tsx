import type { ReactNode } from 'react';

export interface DeepDiveProps {
  title: string;
  children: ReactNode;
}

/** Native <details>: collapsible and keyboard-operable without any client JavaScript. */
export function DeepDive({ title, children }: DeepDiveProps) {
  return (
    <details className="deep-dive">
      <summary>
        <span className="deep-dive-kind">Deep dive</span>
        <span className="deep-dive-title">{title}</span>
      </summary>
      <div className="deep-dive-body">{children}</div>
    </details>
  );
}
