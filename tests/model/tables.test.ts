import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { headingId } from '@/lib/mdx/remark-headings.mjs';
import {
  estimate,
  SCENARIO_FIELDS,
  STAGE_INFO,
  TECHNIQUE_IDS,
  TECHNIQUES,
  type Scenario,
  type StageId,
} from '@/lib/model';
import { resolveScenario } from '@/lib/model/validate';
import { randomScenarios } from './random-scenarios';

const LESSON_SLUGS = ['why-bypass', 'linux-path', 'dpdk', 'rdma', 'onload', 'middle-grounds', 'choosing'];

describe('STAGE_INFO', () => {
  it('has an id equal to its key, a label, and a description of one or two sentences', () => {
    for (const [key, info] of Object.entries(STAGE_INFO)) {
      expect(info.id).toBe(key);
      expect(info.label.length).toBeGreaterThan(0);
      const sentences = info.description.split(/[.!?](?:\s|$)/).filter((x) => x.trim().length > 0);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    }
  });

  it('describes no stage the model never produces', () => {
    const seen = new Set<StageId>();
    const extra: Scenario[] = [];
    for (const technique of TECHNIQUE_IDS) {
      for (const spin of [true, false]) {
        for (const payloadBytes of [8, 4096]) {
          extra.push({ technique, payloadBytes, linkGbps: 25, spin, switchHops: 1, loadFraction: 0.7 });
          for (const rdmaOp of TECHNIQUES[technique].ops) extra.push({ technique, rdmaOp, payloadBytes, linkGbps: 25, spin, switchHops: 1 });
          for (const protocol of TECHNIQUES[technique].protocols) extra.push({ technique, protocol, payloadBytes, linkGbps: 25, spin });
        }
      }
    }
    for (const s of [...extra, ...randomScenarios(200, 5)]) for (const st of estimate(s).oneWay.stages) seen.add(st.id);
    expect(Object.keys(STAGE_INFO).filter((id) => !seen.has(id as StageId))).toEqual([]);
  });
});

describe('TECHNIQUES', () => {
  it('lists every technique once, under its own id', () => {
    expect(Object.keys(TECHNIQUES).sort()).toEqual([...TECHNIQUE_IDS].sort());
    for (const id of TECHNIQUE_IDS) expect(TECHNIQUES[id].id).toBe(id);
  });

  it('offers protocols to socket and raw-frame techniques and operations to RDMA only', () => {
    for (const t of Object.values(TECHNIQUES)) {
      expect(t.protocols.length > 0 !== t.ops.length > 0).toBe(true);
      for (const protocol of t.protocols) expect(() => estimate({ technique: t.id, protocol, payloadBytes: 64, linkGbps: 25 })).not.toThrow();
      for (const rdmaOp of t.ops) expect(() => estimate({ technique: t.id, rdmaOp, payloadBytes: 64, linkGbps: 25 })).not.toThrow();
    }
  });

  it('points each technique at a heading that exists in its lesson', () => {
    for (const t of Object.values(TECHNIQUES)) {
      expect(LESSON_SLUGS).toContain(t.lesson.slug);
      const file = path.resolve(process.cwd(), 'content/lessons', `${t.lesson.slug}.mdx`);
      expect(existsSync(file)).toBe(true);
      const headings = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^#{2,4} /.test(line))
        .map((line) => headingId(line.replace(/^#+ /, '').replace(/`/g, '')));
      expect(headings).toContain(t.lesson.anchor);
    }
  });

  it('says which mode is the default: a polling technique spins out of the box', () => {
    for (const t of Object.values(TECHNIQUES)) {
      const s: Scenario = { technique: t.id, payloadBytes: 64, linkGbps: 25 };
      expect(estimate(s).pollingCore).toBe(t.polling);
    }
  });
});

describe('SCENARIO_FIELDS', () => {
  it('has one field for every scenario key, and no other', () => {
    const keys = SCENARIO_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const resolved = resolveScenario({ technique: 'kernel', payloadBytes: 1, linkGbps: 1 });
    expect([...keys].sort()).toEqual(Object.keys(resolved).sort());
  });

  it('gives every number field a sane range, step and default', () => {
    for (const f of SCENARIO_FIELDS) {
      if (f.kind === 'number') {
        expect(f.min).toBeLessThan(f.max);
        expect(f.step).toBeGreaterThan(0);
        expect(f.default).toBeGreaterThanOrEqual(f.min);
        expect(f.default).toBeLessThanOrEqual(f.max);
        expect(f.unit.length).toBeGreaterThan(0);
        if (f.values) expect(f.values).toContain(f.default);
      } else if (f.kind === 'choice') {
        expect(f.options).toContain(f.default);
      }
      if (f.appliesTo !== 'all') for (const t of f.appliesTo) expect(TECHNIQUE_IDS).toContain(t);
    }
  });

  it('runs the model with every default filled in', () => {
    const s: Record<string, unknown> = {};
    for (const f of SCENARIO_FIELDS) if (f.kind !== 'boolean' || f.default !== 'technique') s[f.key] = f.default;
    expect(estimate(s as unknown as Scenario).oneWay.medianNs).toBeGreaterThan(0);
  });
});
