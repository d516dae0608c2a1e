'use client';

import type { SettingKey } from '@/lib/scenario-fields';
import { ScenarioFieldControl } from './scenario-field-control';

export interface ScenarioControlsProps {
  /** Which fields to show, in this order; each control is generated from the field's SCENARIO_FIELDS entry. */
  keys: readonly SettingKey[];
  className?: string;
}

/** A group of scenario controls bound to the shared store. */
export function ScenarioControls({ keys, className }: ScenarioControlsProps) {
  return (
    <div className={`scenario-controls ${className ?? ''}`}>
      {keys.map((key) => (
        <ScenarioFieldControl key={key} fieldKey={key} />
      ))}
    </div>
  );
}
