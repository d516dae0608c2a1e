'use client';

import Link from 'next/link';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ColumnId } from '@/lib/compare/columns';
import { applyFilters } from '@/lib/compare/filters';
import { buildRows } from '@/lib/compare/rows';
import { nextSort, sortRows } from '@/lib/compare/sort';
import { numberSources } from '@/lib/compare/sources';
import { tableCsv } from '@/lib/compare/table-csv';
import { decodeTable, DEFAULT_TABLE, encodeTable, type TableSettings } from '@/lib/compare/table-url';
import type { CompareRow, FactsById } from '@/lib/compare/types';
import type { TechniqueId } from '@/lib/model';
import { describeScenario } from '@/lib/scenario-fields';
import { decodeSettings, encodeSettings, hasSettings, queryString } from '@/lib/scenario-url';
import { DEFAULT_SETTINGS, useScenarioStore } from '@/lib/store/scenario';
import { CopyLinkButton } from '../scenario/copy-link-button';
import { DownloadCsvButton } from '../scenario/download-csv-button';
import { ScenarioControls } from '../scenario/scenario-controls';
import { UrlNotice } from '../scenario/url-notice';
import { useUrlSync } from '../scenario/use-url-sync';
import { ColumnChooser } from './column-chooser';
import { CompareTable } from './compare-table';
import { FilterBar } from './filter-bar';
import { SourcesList } from './sources-list';
import { WhyDialog } from './why-dialog';

export interface CompareViewProps {
  facts: FactsById;
}

/** The comparison table with its scenario controls, filters, columns, baseline and "Why?". */
export function CompareView({ facts }: CompareViewProps) {
  const settings = useScenarioStore((s) => s.settings);
  const replace = useScenarioStore((s) => s.replace);
  const resetSettings = useScenarioStore((s) => s.reset);
  const [table, setTable] = useState<TableSettings>(DEFAULT_TABLE);
  const [why, setWhy] = useState<CompareRow | null>(null);

  // A slider drag re-renders the controls at once and the table when React has time.
  const deferred = useDeferredValue(settings);
  const rows = useMemo(() => buildRows(deferred, facts), [deferred, facts]);
  const shown = useMemo(() => sortRows(applyFilters(rows, table.filters), table.sort), [rows, table.filters, table.sort]);
  const sources = useMemo(() => numberSources(shown, table.columns), [shown, table.columns]);
  const baseline = rows.find((r) => r.id === table.baseline) ?? null;

  const { problems, dismiss } = useUrlSync({
    load: (params) => {
      const s = decodeSettings(params);
      const t = decodeTable(params);
      // A link without settings keeps the scenario the learner brought from another page.
      if (hasSettings(params)) replace({ ...DEFAULT_SETTINGS, ...s.value });
      setTable(t.value);
      return [...s.problems, ...t.problems];
    },
    query: queryString(encodeTable(table, encodeSettings(settings))),
  });

  // Stable callbacks, so the memoised table skips the urgent render of a slider move.
  const onSort = useCallback((id: ColumnId) => setTable((t) => ({ ...t, sort: nextSort(t.sort, id) })), []);
  const onPin = useCallback((id: TechniqueId | null) => setTable((t) => ({ ...t, baseline: id })), []);

  const reset = () => {
    resetSettings();
    setTable(DEFAULT_TABLE);
  };

  return (
    <div className="compare-view">
      <section className="compare-scenario" aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">Your scenario</h2>
        <ScenarioControls keys={['payloadBytes', 'linkGbps', 'switchHops', 'loadFraction', 'protocol']} />
        <p className="scenario-more">
          CPU clock, interrupt moderation, idle states, NUMA and the rest are in the{' '}
          <Link href={`/lab/${queryString(encodeSettings(settings))}`}>latency lab</Link>; they apply here too.
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={reset}>
            Reset to defaults
          </button>
          <CopyLinkButton />
          <DownloadCsvButton label="Download CSV" filename="bypass-comparison.csv" csv={() => tableCsv(shown, table.columns)} />
        </div>
      </section>
      <UrlNotice problems={problems} onDismiss={dismiss} />

      <section className="compare-main" aria-labelledby="table-heading">
        <h2 id="table-heading">The table</h2>
        <div className="compare-tools">
          <FilterBar active={table.filters} onChange={(filters) => setTable({ ...table, filters })} />
          <ColumnChooser shown={table.columns} onChange={(columns) => setTable({ ...table, columns })} />
        </div>
        <p className="compare-status" role="status">
          {shown.length} of {rows.length} techniques shown
          {baseline ? `, as ratios to ${baseline.name}` : ''}.
          {baseline && (
            <>
              {' '}
              <button type="button" className="button button-quiet" onClick={() => setTable({ ...table, baseline: null })}>
                Unpin {baseline.name}
              </button>
            </>
          )}
        </p>
        <CompareTable
          rows={shown}
          columns={table.columns}
          sort={table.sort}
          onSort={onSort}
          baseline={baseline}
          onPin={onPin}
          onWhy={setWhy}
          sources={sources}
          caption={`Each technique for ${describeScenario(deferred)}: one-way latency and throughput per core from the latency model, costs per message on the receiver, and what each needs.`}
        />
        <SourcesList sources={sources} />
      </section>
      <WhyDialog row={why} onClose={() => setWhy(null)} />
    </div>
  );
}
