import type { ReactNode } from 'react';
import { Callout } from './callout';

export interface PitfallProps {
  title?: string;
  children: ReactNode;
}

export function Pitfall({ title, children }: PitfallProps) {
  return (
    <Callout kind="pitfall" title={title}>
      {children}
    </Callout>
  );
}
