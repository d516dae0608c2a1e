import type { ReactNode } from 'react';

export interface RecapProps {
  children: ReactNode;
}

export function Recap({ children }: RecapProps) {
  return (
    <section className="box box-recap" aria-label="Recap">
      <p className="box-title">Recap</p>
      {children}
    </section>
  );
}
