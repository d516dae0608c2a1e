'use client';

import { useState } from 'react';
import { parseFieldInput } from '@/lib/diagram';
import { DEFAULT_SETTINGS, useScenarioStore } from '@/lib/store/scenario';
import { DIAGRAM_FIELDS, ScenarioFields, type DiagramFieldKey } from './scenario-fields';

export interface ScenarioControlsProps {
  idPrefix: string;
}

/** What the learner typed; `committed` is the value it put in the store, if it was valid. */
type Draft = { raw: string; error: string | null; committed: number | null };
type Drafts = Partial<Record<DiagramFieldKey, Draft>>;

function storedValue(key: DiagramFieldKey, value: number | undefined): string {
  const fallback = DEFAULT_SETTINGS[key] ?? DIAGRAM_FIELDS.find((f) => f.key === key)?.default;
  return String(value ?? fallback ?? '');
}

/**
 * Payload and link speed, bound to the shared scenario store: the lab and every
 * diagram on the page read the same values. A value outside the model's range is
 * refused with a message and never reaches the store.
 */
export function ScenarioControls({ idPrefix }: ScenarioControlsProps) {
  const payloadBytes = useScenarioStore((s) => s.settings.payloadBytes);
  const linkGbps = useScenarioStore((s) => s.settings.linkGbps);
  const set = useScenarioStore((s) => s.set);
  const [drafts, setDrafts] = useState<Drafts>({});

  const current: Record<DiagramFieldKey, number | undefined> = { payloadBytes, linkGbps };
  // Show the learner's own text while it is refused, or while the store still holds
  // what it committed (so "2.50" is not rewritten to "2.5" mid-edit); once another
  // widget changes the store, show the store's value.
  const shown = (key: DiagramFieldKey): string => {
    const d = drafts[key];
    if (d && (d.error !== null || d.committed === current[key])) return d.raw;
    return storedValue(key, current[key]);
  };
  const values = { payloadBytes: shown('payloadBytes'), linkGbps: shown('linkGbps') };
  const errors = { payloadBytes: drafts.payloadBytes?.error ?? undefined, linkGbps: drafts.linkGbps?.error ?? undefined };

  const onChange = (key: DiagramFieldKey, raw: string) => {
    const field = DIAGRAM_FIELDS.find((f) => f.key === key);
    if (!field) return;
    const parsed = parseFieldInput(field, raw);
    if (parsed.ok) set(key, parsed.value);
    setDrafts((d) => ({ ...d, [key]: parsed.ok ? { raw, error: null, committed: parsed.value } : { raw, error: parsed.message, committed: null } }));
  };

  return <ScenarioFields idPrefix={idPrefix} values={values} errors={errors} onChange={onChange} />;
}
