import { TECHNIQUES, type TechniqueId } from '@/lib/model';

export interface TechniqueLegendProps {
  techniques: readonly TechniqueId[];
}

/** The legend the two payload charts share: a colour per technique, as HTML so it wraps on a phone. */
export function TechniqueLegend({ techniques }: TechniqueLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Colours: technique">
      {techniques.map((t) => (
        <li key={t}>
          <span className="swatch" style={{ background: `var(--tech-${t})` }} aria-hidden="true" />
          {TECHNIQUES[t].name}
        </li>
      ))}
    </ul>
  );
}
