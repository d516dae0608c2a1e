import { useId } from 'react';
import { buildDiagram, parsePathVariant } from '@/lib/diagram';
import { DEFAULT_SETTINGS } from '@/lib/store/scenario';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { DiagramFrame } from './diagram-frame';
import { ScenarioFields } from './scenario-fields';
import { StackDiagramLoader } from './stack-diagram-loader.client';

export interface StackDiagramProps {
  /** The path to draw first: a technique, or for RDMA an operation ("rdma-write"). */
  technique: string;
  /** Open in compare mode beside this path. */
  compare?: string;
}

/**
 * `<StackDiagram technique="dpdk" />` in a lesson. A server component: the
 * first step is computed and rendered at build time, so the page reads well
 * before any JavaScript runs; the interactive diagram takes over after
 * hydration. An unknown technique fails the build with the valid names.
 */
export function StackDiagram({ technique, compare }: StackDiagramProps) {
  const variant = parsePathVariant(technique);
  const compareVariant = compare === undefined ? null : parsePathVariant(compare, 'compare');
  const idPrefix = `sd${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const view = buildDiagram(variant, DEFAULT_SETTINGS);
  const compareView = compareVariant ? buildDiagram(compareVariant, DEFAULT_SETTINGS) : null;
  const values = { payloadBytes: String(view.scenario.payloadBytes), linkGbps: String(view.scenario.linkGbps) };
  return (
    <WidgetErrorBoundary what="This diagram" note="The lab computes the same paths.">
      <StackDiagramLoader variant={variant} compare={compareVariant}>
        <DiagramFrame view={view} compareView={compareView} stepIndex={0} idPrefix={idPrefix} scenario={<ScenarioFields idPrefix={idPrefix} values={values} />} />
      </StackDiagramLoader>
    </WidgetErrorBoundary>
  );
}
