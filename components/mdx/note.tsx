import type { ReactNode } from 'react';
import { Callout } from './callout';

export interface NoteProps {
  title?: string;
  children: ReactNode;
}

export function Note({ title, children }: NoteProps) {
  return (
    <Callout kind="note" title={title}>
      {children}
    </Callout>
  );
}
