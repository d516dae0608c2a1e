// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { LabView } from '@/components/lab/lab-view';
import { formatNs } from '@/lib/format';
import { estimate, SCENARIO_FIELDS, TECHNIQUES } from '@/lib/model';
import { useScenarioStore } from '@/lib/store/scenario';
import { setup } from '../../utils';

// The charts mount when scrolled near; here nothing ever is, so these tests see
// the placeholders and exercise the tables, which hold the same numbers.
class NeverIntersecting {
  observe() {}
  disconnect() {}
  unobserve() {}
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NeverIntersecting);
  useScenarioStore.getState().reset();
  window.history.replaceState(null, '', '/lab/');
});

afterEach(() => vi.unstubAllGlobals());

describe('LabView', () => {
  it('has a control for every scenario field, labelled with its value and unit', async () => {
    const { user } = setup(<LabView />);
    await user.click(screen.getByText('More settings'));
    for (const f of SCENARIO_FIELDS) {
      if (f.key === 'technique') continue;
      if (f.kind === 'number') {
        // The name is the label; the value and unit are the slider's aria-valuetext and, visibly, in its label.
        const slider = screen.getByRole('slider', { name: f.label });
        expect(slider.getAttribute('aria-valuetext')).toMatch(new RegExp(` ${f.unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
        expect(screen.getAllByText(slider.getAttribute('aria-valuetext') ?? '', { selector: '.control-value' }).length).toBeGreaterThan(0);
      } else if (f.kind === 'choice' || f.default === 'technique') {
        const group = screen.getByRole('group', { name: f.label });
        expect(within(group).getAllByRole('radio', { checked: true })).toHaveLength(1);
        expect(group.querySelector('legend')?.textContent).toMatch(new RegExp(`^${f.label}: `));
      } else expect(screen.getByRole('checkbox', { name: f.label })).toBeInTheDocument();
    }
    expect(screen.getByRole('slider', { name: 'Message size' })).toHaveAttribute('aria-valuetext', '64 B');
  });

  it('refuses an out-of-range value typed in a box, with a message', async () => {
    const { user } = setup(<LabView />);
    const box = screen.getByRole('textbox', { name: 'Switch hops, exact value in hops' });
    await user.clear(box);
    await user.type(box, '40{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Switch hops: 40 is outside 0 to 16 hops.');
    expect(screen.getByRole('slider', { name: 'Switch hops' })).toHaveAttribute('aria-valuetext', '0 hops');
  });

  it('shows each chart\'s numbers as a table on request', async () => {
    const { user } = setup(<LabView />);
    const figure = screen.getByRole('figure', { name: 'Where the time goes' });
    const toggle = within(figure).getByRole('button', { name: 'Show as table' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(figure).getByRole('table', { name: /One-way median by stage/ });
    const total = within(table).getByRole('row', { name: /Total \(median\)/ });
    expect(total).toHaveTextContent(formatNs(estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs));
    for (const title of ['One-way latency against message size', 'Throughput per core against message size']) {
      const f = screen.getByRole('figure', { name: title });
      await user.click(within(f).getByRole('button', { name: 'Show as table' }));
      expect(within(f).getAllByRole('row')).toHaveLength(22);
    }
  });

  it('draws the distribution from seeded samples, beside estimate()\'s percentiles', async () => {
    const { user } = setup(<LabView />);
    const figure = screen.getByRole('figure', { name: 'Latency distribution' });
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const table = await within(figure).findByRole('table', { name: /Linux sockets, one-way latency: 20,000 samples, seed 1/ });
    const p99 = within(table).getByRole('row', { name: /^p99 / });
    expect(p99).toHaveTextContent(formatNs(estimate({ technique: 'kernel', payloadBytes: 64, linkGbps: 100 }).oneWay.p99Ns));
    await user.click(within(figure).getByRole('radio', { name: TECHNIQUES.dpdk.name }));
    expect(await within(figure).findByRole('table', { name: /DPDK, one-way latency/ })).toBeInTheDocument();
  });

  it('compares only the techniques ticked, and keeps at least one', async () => {
    const { user } = setup(<LabView />);
    const picker = screen.getByRole('group', { name: /Techniques compared/ });
    for (const name of ['Kernel busy polling', 'Onload', 'RDMA verbs', 'DPDK']) await user.click(within(picker).getByRole('checkbox', { name }));
    expect(within(picker).getByRole('checkbox', { name: 'Linux sockets' })).toBeDisabled();
    const figure = screen.getByRole('figure', { name: 'Where the time goes' });
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(within(figure).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Stage', 'Linux sockets']);
  });

  it('opens a shared link with its scenario and view, and notes what it ignored', async () => {
    window.history.replaceState(null, '', '/lab/?payloadBytes=4096&techniques=dpdk,rdma,winsock&cpuGhz=9');
    setup(<LabView />);
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Message size' })).toHaveAttribute('aria-valuetext', '4,096 B'));
    const picker = screen.getByRole('group', { name: /Techniques compared: 2/ });
    expect(within(picker).getAllByRole('checkbox', { checked: true }).map((c) => c.closest('label')?.textContent)).toEqual(['DPDK', 'RDMA verbs']);
    expect(screen.getByText('techniques=winsock was ignored: not a technique this course models.')).toBeInTheDocument();
    expect(screen.getByText('cpuGhz=9 was ignored: outside 1 to 6 GHz.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?payloadBytes=4096&techniques=dpdk,rdma'));
  });

  it('resets the scenario and the view to their defaults', async () => {
    window.history.replaceState(null, '', '/lab/?payloadBytes=4096&techniques=dpdk');
    const { user } = setup(<LabView />);
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Message size' })).toHaveAttribute('aria-valuetext', '4,096 B'));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('slider', { name: 'Message size' })).toHaveAttribute('aria-valuetext', '64 B');
    expect(screen.getByRole('group', { name: 'Techniques compared: 5' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});

describe('LabView view-only settings', () => {
  it('switches the distribution between CDF and histogram without drawing new samples', async () => {
    const model = await import('@/lib/model');
    const spy = vi.spyOn(model, 'sampleLatency');
    const { user } = setup(<LabView />);
    const figure = screen.getByRole('figure', { name: 'Latency distribution' });
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    await within(figure).findByRole('table', { name: /20,000 samples/ });
    const calls = spy.mock.calls.length;
    await user.click(within(figure).getByRole('radio', { name: 'histogram' }));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(spy.mock.calls.length).toBe(calls);
    await user.click(within(figure).getByRole('button', { name: /Draw again/ }));
    await within(figure).findByRole('table', { name: /seed 2/ });
    expect(spy.mock.calls.length).toBe(calls + 1);
    spy.mockRestore();
  });
});

describe('LabView sharing', () => {
  it('copies the address, which holds the scenario, and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = setup(<LabView />);
    // user-event installs its own clipboard; replace it with one that records the call.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('checkbox', { name: 'ef_vi' }));
    await waitFor(() => expect(window.location.search).toContain('ef-vi'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('Link copied: it opens this exact scenario.')).toBeInTheDocument();
  });
});
