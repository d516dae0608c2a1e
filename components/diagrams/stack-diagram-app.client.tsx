'use client';

import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { announce, buildDiagram, meanwhile, type DiagramView, type PathVariantId } from '@/lib/diagram';
import { ScenarioError } from '@/lib/model';
import { DEFAULT_SETTINGS, useScenarioStore, type ScenarioSettings } from '@/lib/store/scenario';
import { DiagramFrame } from './diagram-frame';
import { ScenarioControls } from './scenario-controls.client';
import type { StepAction } from './step-controls';
import { stepKeyAction } from './step-keys';
import { useStepper } from './use-stepper';

export interface StackDiagramAppProps {
  variant: PathVariantId;
  compare: PathVariantId | null;
}

interface Built {
  view: DiagramView;
  compareView: DiagramView | null;
  scenarioError: string | null;
}

/**
 * Settings another widget put in the shared store could be out of the model's
 * range; the diagram then says so and falls back to the defaults rather than
 * going blank. Any other error is a bug, for the error boundary.
 */
function build(variant: PathVariantId, compare: PathVariantId | null, settings: ScenarioSettings): Built {
  try {
    return { view: buildDiagram(variant, settings), compareView: compare ? buildDiagram(compare, settings) : null, scenarioError: null };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return {
      view: buildDiagram(variant, DEFAULT_SETTINGS),
      compareView: compare ? buildDiagram(compare, DEFAULT_SETTINGS) : null,
      scenarioError: error.message,
    };
  }
}

/** The live stack diagram: technique switcher, compare mode, stepping and play, bound to the shared scenario. */
export function StackDiagramApp({ variant: initialVariant, compare: initialCompare }: StackDiagramAppProps) {
  const idPrefix = `sd${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [variant, setVariant] = useState(initialVariant);
  const [compare, setCompare] = useState(initialCompare);
  const settings = useScenarioStore((s) => s.settings);
  // Stepping and playing are view state: they never recompute the model.
  const built = useMemo(() => build(variant, compare, settings), [variant, compare, settings]);
  const stepper = useStepper(built.view.steps.length);
  const { act, reset } = stepper;
  const [moved, setMoved] = useState(false);

  const onAction = useCallback(
    (action: StepAction) => {
      setMoved(true);
      act(action);
    },
    [act],
  );
  const onVariant = useCallback(
    (id: PathVariantId) => {
      setVariant(id);
      reset();
      setMoved(true);
    },
    [reset],
  );
  const onCompare = useCallback(
    (id: PathVariantId | null) => {
      setCompare(id);
      reset();
    },
    [reset],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = stepKeyAction(event.key, { tagName: target?.tagName ?? '' });
      if (!action) return;
      event.preventDefault();
      onAction(action);
    },
    [onAction],
  );

  const { view, compareView, scenarioError } = built;
  const other = compareView ? meanwhile(view, stepper.index, compareView).text : undefined;
  return (
    <DiagramFrame
      view={view}
      compareView={compareView}
      stepIndex={stepper.index}
      idPrefix={idPrefix}
      scenario={<ScenarioControls idPrefix={idPrefix} />}
      live={{
        playing: stepper.playing,
        announcement: moved ? announce(view, stepper.index, other) : '',
        scenarioError,
        onAction,
        onVariant,
        onCompare,
        onKeyDown,
      }}
    />
  );
}
