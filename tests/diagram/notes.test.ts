import { buildDiagram, noteIsCurrent, NOTES, PATH_VARIANT_IDS } from '@/lib/diagram';

const base = { payloadBytes: 64, linkGbps: 100 };

describe('the technique notes', () => {
  it.each(PATH_VARIANT_IDS)('%s: every note shows on the spinning or the sleeping path, pinned where its stage is drawn', (id) => {
    const paths = [buildDiagram(id, base), buildDiagram(id, { ...base, spin: false })];
    for (const spec of NOTES[id]) {
      expect(paths.some((p) => p.notes.some((n) => n.text === spec.text)), spec.text).toBe(true);
      for (const p of paths) {
        for (const step of p.steps.filter((s) => s.side === spec.side && spec.stages?.includes(s.id))) {
          expect(step.place, `${id}: ${spec.text}`).toBe(spec.row);
        }
      }
    }
  });

  it('number the notes that apply 1, 2, 3... in order', () => {
    for (const id of PATH_VARIANT_IDS) {
      expect(buildDiagram(id, base).notes.map((n) => n.number)).toEqual(buildDiagram(id, base).notes.map((_, i) => i + 1));
    }
  });

  it('tell the sleeping story only on a sleeping path', () => {
    const interruptNote = (spin: boolean) => buildDiagram('onload', { ...base, spin }).notes.some((n) => n.stages?.includes('hardirq'));
    expect(interruptNote(true)).toBe(false);
    expect(interruptNote(false)).toBe(true);
  });

  it('RDMA WRITE says the target gets no completion; SEND shows the pre-posted receive', () => {
    expect(buildDiagram('rdma-write', base).notes.find((n) => n.side === 'receiver' && n.row === 'app')?.text).toMatch(/no completion/);
    expect(buildDiagram('rdma-send', base).notes.some((n) => n.side === 'receiver' && /ibv_post_recv/.test(n.text))).toBe(true);
  });

  it('Onload shows the LD_PRELOAD interception and the copy; AF_XDP the XDP redirect into the UMEM', () => {
    const onload = buildDiagram('onload', base).notes.map((n) => n.text).join(' ');
    expect(onload).toMatch(/LD_PRELOAD/);
    expect(onload).toMatch(/still copies/);
    expect(buildDiagram('af-xdp', base).notes.map((n) => n.text).join(' ')).toMatch(/XSKMAP.*UMEM/);
  });

  it('a note is current only while the message is at its stage, on its host', () => {
    const view = buildDiagram('dpdk', base);
    const poll = view.notes.find((n) => n.stages?.includes('pmd-poll'));
    const at = view.steps.findIndex((s) => s.id === 'pmd-poll');
    expect(poll && noteIsCurrent(poll, view.steps[at])).toBe(true);
    expect(poll && noteIsCurrent(poll, view.steps[at - 1])).toBe(false);
  });
});
