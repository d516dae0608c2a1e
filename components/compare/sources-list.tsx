import type { NumberedSource } from '@/lib/compare/sources';

export interface SourcesListProps {
  sources: ReadonlyMap<string, NumberedSource>;
}

/** The sources cited in the table's fact cells, numbered as the cells cite them. */
export function SourcesList({ sources }: SourcesListProps) {
  if (sources.size === 0) return null;
  return (
    <details className="compare-sources">
      <summary>Sources for the table ({sources.size})</summary>
      <ol>
        {[...sources.values()].map((s) => (
          <li key={s.url} value={s.n}>
            <a href={s.url}>{s.title}</a>
          </li>
        ))}
      </ol>
    </details>
  );
}
