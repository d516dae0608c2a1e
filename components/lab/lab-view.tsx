'use client';

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { decodeLabView, DEFAULT_LAB_VIEW, encodeLabView, fixFocus, type LabView as LabViewState } from '@/lib/lab/lab-url';
import { labCsv } from '@/lib/lab/lab-csv';
import { latencySweep, stageBreakdown, throughputSweep } from '@/lib/lab/series';
import { scenarioField } from '@/lib/model';
import { SETTING_FIELDS, type SettingKey } from '@/lib/scenario-fields';
import { decodeSettings, encodeSettings, hasSettings, queryString } from '@/lib/scenario-url';
import { DEFAULT_SETTINGS, useScenarioStore } from '@/lib/store/scenario';
import { CopyLinkButton } from '../scenario/copy-link-button';
import { DownloadCsvButton } from '../scenario/download-csv-button';
import { ScenarioControls } from '../scenario/scenario-controls';
import { UrlNotice } from '../scenario/url-notice';
import { useUrlSync } from '../scenario/use-url-sync';
import { LabCharts } from './lab-charts';
import { TechniquePicker } from './technique-picker';
import { useDistribution } from './use-distribution';
import { useSaveLabScenario } from './use-save-lab-scenario';

const PRIMARY: readonly SettingKey[] = ['payloadBytes', 'linkGbps', 'switchHops', 'loadFraction', 'protocol', 'spin'];
const MORE: readonly SettingKey[] = SETTING_FIELDS.map((f) => f.key).filter((k) => !PRIMARY.includes(k));
const numberDefault = (key: 'payloadBytes' | 'linkGbps') => Number(scenarioField(key).default);

/** The latency lab: the scenario and the techniques on one side, four charts computed by the model on the other. */
export function LabView() {
  const settings = useScenarioStore((s) => s.settings);
  const replace = useScenarioStore((s) => s.replace);
  const resetSettings = useScenarioStore((s) => s.reset);
  const [view, setView] = useState<LabViewState>(DEFAULT_LAB_VIEW);
  useSaveLabScenario(settings);

  const { problems, dismiss } = useUrlSync({
    load: (params) => {
      const s = decodeSettings(params);
      const v = decodeLabView(params);
      // A link without settings keeps the scenario the learner brought from another page.
      if (hasSettings(params)) replace({ ...DEFAULT_SETTINGS, ...s.value });
      setView(v.value);
      return [...s.problems, ...v.problems];
    },
    query: queryString(encodeLabView(view, encodeSettings(settings))),
  });

  // The controls answer at once; the charts follow when React has time, and a
  // newer value interrupts a render still in progress (useDeferredValue).
  const ds = useDeferredValue(settings);
  const dv = useDeferredValue(view);
  // What each chart's data depends on, and nothing else: drawing a CDF instead of a
  // histogram is a view change and must not draw new samples.
  const scenarioQuery = queryString(encodeSettings(ds));
  const dataKey = `${scenarioQuery}#${dv.techniques.join(',')}`;
  const breakdown = useMemo(() => stageBreakdown(ds, dv.techniques), [ds, dv.techniques]);
  const latency = useMemo(() => latencySweep(ds, dv.techniques), [ds, dv.techniques]);
  const throughput = useMemo(() => throughputSweep(ds, dv.techniques), [ds, dv.techniques]);
  const distribution = useDistribution(ds, dv.focus, dv.seed, `${scenarioQuery}#${dv.focus}#${dv.seed}`);
  const changedMore = MORE.filter((k) => settings[k] !== undefined).length;
  const onView = useCallback((v: LabViewState) => setView(fixFocus(v)), []);

  const csv = () =>
    labCsv({
      breakdown,
      latency,
      throughput,
      techniques: dv.techniques,
      distribution: distribution && !(distribution instanceof Error) ? { technique: distribution.technique, samples: distribution.samples, seed: distribution.seed, percentiles: distribution.percentiles } : null,
    });

  return (
    <div className="lab-layout">
      <section className="lab-controls" aria-labelledby="lab-scenario-title">
        <h2 id="lab-scenario-title">Scenario</h2>
        <TechniquePicker chosen={view.techniques} onChange={(techniques) => setView(fixFocus({ ...view, techniques }))} />
        <ScenarioControls keys={PRIMARY} />
        <details className="more-settings">
          <summary>More settings{changedMore > 0 ? ` (${changedMore} changed)` : ''}</summary>
          <ScenarioControls keys={MORE} />
        </details>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              resetSettings();
              setView(DEFAULT_LAB_VIEW);
            }}
          >
            Reset to defaults
          </button>
          <CopyLinkButton />
          <DownloadCsvButton label="Download CSV" filename="bypass-lab.csv" csv={csv} />
        </div>
      </section>
      <div className="lab-results">
        <UrlNotice problems={problems} onDismiss={dismiss} />
        <LabCharts
          view={dv}
          onView={onView}
          dataKey={dataKey}
          payloadBytes={ds.payloadBytes ?? numberDefault('payloadBytes')}
          linkGbps={ds.linkGbps ?? numberDefault('linkGbps')}
          breakdown={breakdown}
          latency={latency}
          throughput={throughput}
          distribution={distribution}
        />
      </div>
    </div>
  );
}
