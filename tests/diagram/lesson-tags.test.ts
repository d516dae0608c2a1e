import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePathVariant } from '@/lib/diagram';

const dir = join(process.cwd(), 'content', 'lessons');
const lessons = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

/** Every diagram a lesson asks for: placed tags, and placeholders still waiting for one. */
function diagramsIn(text: string): { technique: string; compare?: string; where: string }[] {
  const tags = [...text.matchAll(/<StackDiagram\b([^>]*)\/>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const extra = attrs.replace(/\b(technique|compare)="[^"]*"/g, '').trim();
    if (extra) throw new Error(`<StackDiagram> takes technique and compare only, got: ${extra}`);
    return { technique: /technique="([^"]*)"/.exec(attrs)?.[1] ?? '', compare: /compare="([^"]*)"/.exec(attrs)?.[1], where: m[0] };
  });
  const placeholders = [...text.matchAll(/\{\/\*\s*diagram:\s*([\w-]+)\s*\*\/\}/g)].map((m) => ({ technique: m[1] ?? '', where: m[0] }));
  return [...tags, ...placeholders];
}

describe('diagrams the lessons ask for', () => {
  const all = lessons.flatMap((file) => diagramsIn(readFileSync(join(dir, file), 'utf8')).map((d) => ({ ...d, file })));

  it('exist', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(all.map((d) => [`${d.file}: ${d.where}`, d] as const))('%s names a path the diagram can draw', (_, d) => {
    expect(() => parsePathVariant(d.technique)).not.toThrow();
    if (d.compare !== undefined) expect(() => parsePathVariant(d.compare, 'compare')).not.toThrow();
  });
});
