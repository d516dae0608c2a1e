import { buildDiagram, FRAMES, layoutPath, PATH_VARIANT_IDS, rowCenter, type DiagramSize, type HostSide } from '@/lib/diagram';

const SETTINGS = [
  { payloadBytes: 64, linkGbps: 100 },
  { payloadBytes: 64, linkGbps: 100, switchHops: 3, spin: false },
];
const SIZES: DiagramSize[] = ['full', 'compact'];

describe('diagram geometry', () => {
  it.each(PATH_VARIANT_IDS)('%s: each step sits in its host column and row, wire steps on a cable', (id) => {
    for (const settings of SETTINGS) {
      for (const size of SIZES) {
        const view = buildDiagram(id, settings);
        const layout = layoutPath(view, size);
        const frame = FRAMES[size];
        view.steps.forEach((step, i) => {
          const p = layout.stepPoints[i];
          if (!p) throw new Error(`no point for step ${i}`);
          if (step.place === 'wire') {
            expect([frame.cableY, frame.responseCableY]).toContain(p.y);
          } else {
            const col = frame.columns[step.side as HostSide];
            expect(p.x).toBeGreaterThan(col.x);
            expect(p.x).toBeLessThan(col.x + col.width);
            expect(p.y).toBe(rowCenter(frame, step.place));
          }
        });
      }
    }
  });

  it.each(PATH_VARIANT_IDS)('%s: the route is an orthogonal line through every step, in order', (id) => {
    const view = buildDiagram(id, SETTINGS[1] ?? {});
    const { route, stepRouteIndex, stepPoints } = layoutPath(view, 'full');
    route.forEach((p, i) => {
      const prev = route[i - 1];
      if (prev) expect(prev.x === p.x || prev.y === p.y).toBe(true);
    });
    stepRouteIndex.forEach((r, i) => {
      expect(route[r]).toEqual(stepPoints[i]);
      if (i > 0) expect(r).toBeGreaterThan(stepRouteIndex[i - 1] ?? -1);
    });
  });

  it.each(PATH_VARIANT_IDS)('%s: on each host the message moves right with every step, so no two steps share a point', (id) => {
    const view = buildDiagram(id, SETTINGS[0] ?? {});
    const { stepPoints } = layoutPath(view, 'full');
    for (const side of ['sender', 'receiver'] as const) {
      const xs = view.steps.flatMap((s, i) => (s.side === side ? [stepPoints[i]?.x ?? NaN] : []));
      xs.forEach((x, i) => {
        if (i > 0) expect(x).toBeGreaterThan(xs[i - 1] ?? Infinity);
      });
    }
  });

  it('a READ goes out on one cable and comes back on the other', () => {
    const view = buildDiagram('rdma-read', SETTINGS[0] ?? {});
    const { stepPoints } = layoutPath(view, 'full');
    const cableOf = (id: string) => stepPoints[view.steps.findIndex((s) => s.id === id)]?.y;
    expect(cableOf('serialization')).toBe(FRAMES.full.cableY);
    expect(cableOf('resp-serialization')).toBe(FRAMES.full.responseCableY);
  });
});
