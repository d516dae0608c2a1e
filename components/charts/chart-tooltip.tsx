import type { ReactNode } from 'react';

export interface ChartTooltipItem {
  name: string;
  value: string;
  color?: string;
}

export interface ChartTooltipProps {
  title: string;
  items: readonly ChartTooltipItem[];
}

/** The tooltip box every lab chart uses: a title and labelled values, themed by CSS. */
export function ChartTooltip({ title, items }: ChartTooltipProps): ReactNode {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <ul>
        {items.map((i) => (
          <li key={i.name}>
            {i.color && <span className="swatch" style={{ background: i.color }} aria-hidden="true" />}
            {i.name}: <strong>{i.value}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
