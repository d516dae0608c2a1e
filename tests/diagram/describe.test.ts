import { announce, buildDiagram, bypassSummary, conditions, describe as describeDiagram, meanwhile, routeSummary, stepAtTime } from '@/lib/diagram';

const base = { payloadBytes: 64, linkGbps: 100 };

describe('the diagram in words', () => {
  it('announces the stage, the step number, its cost and the running total', () => {
    const view = buildDiagram('dpdk', base);
    const step = view.steps[2];
    const text = announce(view, 2);
    expect(text).toContain(`Step 3 of ${view.steps.length}: ${step?.label}`);
    expect(text).toMatch(/\d+ ns/);
    expect(text).toMatch(/running total/);
    expect(announce(view, 99)).toBe('');
  });

  it('says what a path bypasses compared with the kernel path', () => {
    expect(bypassSummary(buildDiagram('kernel', base))).toMatch(/uses every layer/);
    expect(bypassSummary(buildDiagram('dpdk', base))).toMatch(/on the receiver it bypasses .*interrupt/);
    expect(bypassSummary(buildDiagram('rdma-write', base))).toMatch(/the receiver's CPU takes no part/);
  });

  it('describes the route host by host; a WRITE ends in the target\'s memory, not its application', () => {
    const write = routeSummary(buildDiagram('rdma-write', base));
    expect(write).toMatch(/^through the sender's application, libibverbs/);
    expect(write).toMatch(/then through the receiver's NIC and PCIe \/ DMA$/);
    expect(routeSummary(buildDiagram('rdma-read', base))).toMatch(/requester's NIC, PCIe \/ DMA, libibverbs and application$/);
  });

  it('follows the step', () => {
    const view = buildDiagram('onload', base);
    expect(describeDiagram(view, 0)).toContain(`Now at step 1 of ${view.steps.length}: ${view.steps[0]?.label}`);
    expect(describeDiagram(view, 4)).toContain(`Now at step 5 of ${view.steps.length}`);
  });

  it('states the conditions of every figure', () => {
    expect(conditions(buildDiagram('kernel', { payloadBytes: 1500, linkGbps: 25, switchHops: 2 }))).toMatch(/one way.*1,500 B messages, 25 Gb\/s link, 2 switches/);
    expect(conditions(buildDiagram('rdma-read', base))).toMatch(/round trip/);
  });

  it('in compare mode, places the other message at the same moment', () => {
    const dpdk = buildDiagram('dpdk', base);
    const kernel = buildDiagram('kernel', base);
    const last = dpdk.steps.length - 1;
    const m = meanwhile(dpdk, last, kernel);
    expect(m.arrived).toBe(false);
    expect(m.index).toBe(stepAtTime(kernel.steps, dpdk.totalNs).index);
    expect(m.text).toContain(kernel.steps[m.index]?.label ?? '?');
    expect(meanwhile(kernel, kernel.steps.length - 1, dpdk)).toMatchObject({ arrived: true });
  });
});
