import type { ReactNode } from 'react';

export interface CalloutProps {
  kind: 'note' | 'pitfall';
  title?: string;
  children: ReactNode;
}

const DEFAULT_TITLE = { note: 'Note', pitfall: 'Pitfall' } as const;

/** Shared frame of Note and Pitfall; role="note" keeps them out of the landmark list. */
export function Callout({ kind, title, children }: CalloutProps) {
  return (
    <div className={`callout callout-${kind}`} role="note">
      <p className="callout-title">
        <span className="callout-kind">{DEFAULT_TITLE[kind]}</span>
        {title ? <span className="callout-heading">{title}</span> : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
