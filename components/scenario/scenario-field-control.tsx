'use client';

import { useId } from 'react';
import { useScenarioStore, type ScenarioSettings } from '@/lib/store/scenario';
import { optionLabel, settingField, type SettingKey } from '@/lib/scenario-fields';
import { ChoiceControl } from './choice-control';
import { NumberControl } from './number-control';

export interface ScenarioFieldControlProps {
  fieldKey: SettingKey;
}

const SPIN_OPTIONS = [
  { value: 'technique', label: 'each technique\'s default' },
  { value: 'on', label: 'spin' },
  { value: 'off', label: 'sleep' },
] as const;

/** The control for one scenario field, generated from its SCENARIO_FIELDS entry and bound to the shared store. */
export function ScenarioFieldControl({ fieldKey }: ScenarioFieldControlProps) {
  const field = settingField(fieldKey);
  const own = useScenarioStore((s) => s.settings[fieldKey]);
  const set = useScenarioStore((s) => s.set);
  const helpId = useId();
  const value = own ?? field.default;
  const put = (v: ScenarioSettings[SettingKey]) => set(fieldKey, v);

  switch (field.kind) {
    case 'number':
      return <NumberControl field={field} value={Number(value)} onChange={put} />;
    case 'choice':
      // The radio values are the field's own options, so the cast cannot admit a stray string.
      return <ChoiceControl label={field.label} help={field.help} value={String(value)} options={field.options.map((o) => ({ value: o, label: optionLabel(o) }))} onChange={(v) => put(v as ScenarioSettings[SettingKey])} />;
    case 'boolean':
      if (field.default === 'technique') {
        // Unset means each technique keeps its own mode (DPDK spins, the kernel sleeps).
        const current = own === undefined ? 'technique' : own ? 'on' : 'off';
        return <ChoiceControl label={field.label} help={field.help} value={current} options={SPIN_OPTIONS} onChange={(v) => put(v === 'technique' ? undefined : v === 'on')} />;
      }
      return (
        <div className="control control-boolean">
          <label className="control-option">
            <input type="checkbox" checked={value === true} aria-describedby={helpId} onChange={(e) => put(e.currentTarget.checked)} />
            {field.label}
          </label>
          <p id={helpId} className="control-help">
            {field.help}
          </p>
        </div>
      );
  }
}
