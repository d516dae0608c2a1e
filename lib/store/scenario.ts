import { create } from 'zustand';
import type { Scenario } from '@/lib/model';

/**
 * The learner's scenario, shared by every diagram, the lab and the comparison
 * table on a page, so that they never disagree. The technique is not here:
 * each view chooses which paths it shows; everything about the hosts and the
 * network is. Values are checked by the model (ScenarioError) where they are set.
 */
export type ScenarioSettings = Partial<Omit<Scenario, 'technique'>>;

export interface ScenarioStore {
  settings: ScenarioSettings;
  set: <K extends keyof ScenarioSettings>(key: K, value: ScenarioSettings[K]) => void;
  replace: (settings: ScenarioSettings) => void;
  reset: () => void;
}

export const DEFAULT_SETTINGS: ScenarioSettings = { payloadBytes: 64, linkGbps: 100 };

export const useScenarioStore = create<ScenarioStore>()((set) => ({
  settings: DEFAULT_SETTINGS,
  set: (key, value) => set((s) => ({ settings: { ...s.settings, [key]: value } })),
  replace: (settings) => set({ settings }),
  reset: () => set({ settings: DEFAULT_SETTINGS }),
}));
