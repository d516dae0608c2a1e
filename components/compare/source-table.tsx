import { SOURCE_COLUMNS, type SourceCell, type SourceColumn, type SourceComparison } from '@/lib/content/source-comparison-schema';
import { TECHNIQUES } from '@/lib/model';
import { ScenarioFigure } from './scenario-figure';

export interface SourceTableProps {
  data: SourceComparison;
}

const COLUMN_LABEL: Record<SourceColumn, string> = { latency: 'Latency', throughput: 'Throughput', codeChanges: 'Code Changes', complexity: 'Complexity' };
const VERDICT_LABEL: Record<SourceCell['verdict'], string> = {
  correct: 'stands',
  oversimplified: 'oversimplified',
  misleading: 'misleading',
  unsourced: 'unsourced',
  wrong: 'wrong',
};

/**
 * The source document's comparison table, reproduced as given, then corrected cell
 * by cell: the verdict from ACCURACY.md, the corrected statement with its
 * conditions and sources, why it changed, and where the model can compute the
 * figure, the model's value for the learner's scenario.
 */
export function SourceTable({ data }: SourceTableProps) {
  return (
    <section className="source-table" aria-labelledby="source-table-title">
      <h2 id="source-table-title">The source document&apos;s table, corrected</h2>
      <p>
        The course is built from a document that ends with this table. It is all here, as given, and then corrected:
        its ranges have no conditions (one-way or round trip, message size, hardware, percentile), several cells are
        wrong or misleading, and its throughput is in the wrong unit.
      </p>
      {/* Focusable so a keyboard can scroll it sideways on a phone. */}
      <div className="table-wrap" role="region" aria-labelledby="source-table-caption" tabIndex={0}>
        <table>
          <caption id="source-table-caption">Comparison of Kernel Bypass Techniques, as the source document gives it (unchanged)</caption>
          <thead>
            <tr>
              <th scope="col">Technique</th>
              {SOURCE_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {COLUMN_LABEL[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {SOURCE_COLUMNS.map((c) => (
                  <td key={c}>{row.cells[c].says}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>What changed, and why</h3>
      {data.rows.map((row) => (
        <div key={row.label} className="correction-row">
          <h4>
            {row.label} <span className="correction-tech">({TECHNIQUES[row.technique].name} in this course)</span>
          </h4>
          <div className="correction-grid">
            {SOURCE_COLUMNS.map((c) => {
              const cell = row.cells[c];
              return (
                <article key={c} className={`correction verdict-${cell.verdict}`} aria-label={`${row.label}, ${COLUMN_LABEL[c]}`}>
                  <p className="correction-head">
                    <span className="correction-column">{COLUMN_LABEL[c]}</span>{' '}
                    <span className="correction-verdict">{VERDICT_LABEL[cell.verdict]}</span>
                  </p>
                  <p className="correction-says">
                    Source says: <q>{cell.says}</q>
                  </p>
                  <p className="correction-fixed">{cell.corrected}</p>
                  {cell.model && <ScenarioFigure technique={row.technique} figure={cell.model} />}
                  <p className="correction-why">
                    <strong>Why:</strong> {cell.why} <span className="correction-ref">(ACCURACY.md {cell.accuracy.join(', ')})</span>
                  </p>
                  {cell.sources.length > 0 && (
                    <ul className="correction-sources">
                      {cell.sources.map((s) => (
                        <li key={s.url}>
                          <a href={s.url}>{s.title}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              );
            })}
          </div>
        </div>
      ))}
    </section>
  );
}
