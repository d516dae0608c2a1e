import { LAYER_LABEL } from '@/lib/lab/layers';
import type { Layer } from '@/lib/model';

export interface LayerLegendProps {
  layers: readonly Layer[];
}

/** The stage chart's colours: a layer of the stack each. HTML, so it is there before the chart loads. */
export function LayerLegend({ layers }: LayerLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Colours: layer of the stack">
      {layers.map((l) => (
        <li key={l}>
          <span className="swatch" style={{ background: `var(--layer-${l})` }} aria-hidden="true" />
          {LAYER_LABEL[l]}
        </li>
      ))}
    </ul>
  );
}
