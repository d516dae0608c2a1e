import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/schema-error';
import { loadSourceComparison, parseSourceComparison } from '@/lib/content/source-comparison';
import { SOURCE_COLUMNS } from '@/lib/content/source-comparison-schema';
import { loadTechniqueFacts, parseTechniqueFacts, TECHNIQUE_FACTS_FILE } from '@/lib/content/technique-facts';
import { TECHNIQUE_IDS } from '@/lib/model';

const raw = () => JSON.parse(readFileSync(TECHNIQUE_FACTS_FILE, 'utf8')) as { techniques: Record<string, unknown>[] };

describe('content/techniques.json', () => {
  it('has every technique of the model, in course order, each cell with a source', () => {
    const facts = loadTechniqueFacts();
    expect(Object.keys(facts)).toEqual(TECHNIQUE_IDS);
    for (const f of Object.values(facts)) {
      for (const key of ['codeChanges', 'complexity', 'hardware', 'kernelRole', 'protocols', 'stack', 'peer'] as const) {
        expect(f[key].sources.length, `${f.id}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a missing technique, naming the file and the technique', () => {
    const data = raw();
    data.techniques = data.techniques.filter((t) => t.id !== 'ef-vi');
    expect(() => parseTechniqueFacts('content/techniques.json', data)).toThrow(ContentError);
    expect(() => parseTechniqueFacts('content/techniques.json', data)).toThrow(/content\/techniques\.json.*"ef-vi" is missing/s);
  });

  it('refuses protocols that contradict the model (DPDK has no TCP stack)', () => {
    const data = raw();
    const dpdk = data.techniques.find((t) => t.id === 'dpdk') as { protocols: { value: string[] } };
    dpdk.protocols.value = ['raw', 'tcp'];
    expect(() => parseTechniqueFacts('content/techniques.json', data)).toThrow(/"dpdk": protocols offer tcp/);
  });

  it('refuses a cell without sources, naming the field', () => {
    const data = raw();
    (data.techniques[0] as { complexity: { sources: unknown[] } }).complexity.sources = [];
    expect(() => parseTechniqueFacts('content/techniques.json', data)).toThrow(/techniques field "techniques\.0\.complexity\.sources"/);
  });
});

describe('content/source-comparison.json', () => {
  const table = loadSourceComparison();

  it('has the source document\'s four rows and four columns, each cell with a verdict and a reason', () => {
    expect(table.rows.map((r) => r.label)).toEqual(['Traditional', 'DPDK', 'RDMA', 'OpenOnload']);
    for (const row of table.rows) for (const c of SOURCE_COLUMNS) expect(row.cells[c].why.length).toBeGreaterThan(5);
  });

  // Read at run time from the shared source document, never copied: the cells must be its exact words.
  const sourceFile = path.resolve(process.cwd(), '../shared/source/kernel-bypass-techniques.txt');
  it('reproduces the source document\'s cells word for word', () => {
    const lines = readFileSync(sourceFile, 'utf8').split('\n');
    for (const row of table.rows) {
      const line = lines.find((l) => l.startsWith(`| ${row.label} |`));
      const cells = line?.split('|').slice(2, 6).map((c) => c.trim());
      expect(cells).toEqual(SOURCE_COLUMNS.map((c) => row.cells[c].says));
    }
  });

  it('refuses a correction without a source', () => {
    const data = JSON.parse(readFileSync('content/source-comparison.json', 'utf8')) as { rows: { cells: { latency: { sources: unknown[] } } }[] };
    data.rows[0]!.cells.latency.sources = [];
    expect(() => parseSourceComparison('content/source-comparison.json', data)).toThrow(/"Traditional", latency: a correction needs a source/);
  });
});
