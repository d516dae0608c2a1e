// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { CompareView } from '@/components/compare/compare-view';
import { loadTechniqueFacts } from '@/lib/content/technique-facts';
import { formatNs, formatRatio } from '@/lib/format';
import { estimate, TECHNIQUE_IDS, TECHNIQUES } from '@/lib/model';
import { useScenarioStore } from '@/lib/store/scenario';
import { setup } from '../../utils';

const facts = loadTechniqueFacts();

function rowNames(): string[] {
  const table = screen.getByRole('table', { name: /Each technique for/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.tech-name')?.textContent ?? '');
}

function medianOrder(payloadBytes: number): string[] {
  return [...TECHNIQUE_IDS]
    .sort((a, b) => estimate({ technique: a, payloadBytes, linkGbps: 100 }).oneWay.medianNs - estimate({ technique: b, payloadBytes, linkGbps: 100 }).oneWay.medianNs)
    .map((t) => TECHNIQUES[t].name);
}

beforeEach(() => {
  useScenarioStore.getState().reset();
  window.history.replaceState(null, '', '/compare/');
});

describe('CompareView', () => {
  it('shows every technique, sorted by one-way median, with the model\'s numbers', () => {
    setup(<CompareView facts={facts} />);
    expect(rowNames()).toEqual(medianOrder(64));
    const header = screen.getByRole('columnheader', { name: /One-way median/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const dpdk = screen.getByRole('row', { name: /^DPDK/ });
    expect(within(dpdk).getAllByRole('cell')[0]).toHaveTextContent(formatNs(estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs));
  });

  it('sorts by any column with a real button, and says so with aria-sort', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    await user.click(screen.getByRole('button', { name: /^Messages per core/ }));
    const th = screen.getByRole('columnheader', { name: /Messages per core/ });
    expect(th).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /One-way median/ })).not.toHaveAttribute('aria-sort');
    const rates = TECHNIQUE_IDS.map((t) => ({ name: TECHNIQUES[t].name, v: estimate({ technique: t, payloadBytes: 64, linkGbps: 100 }).throughput.rxMppsPerCore }));
    expect(rowNames()).toEqual(rates.sort((a, b) => b.v - a.v).map((r) => r.name));
    await user.click(screen.getByRole('button', { name: /^Messages per core/ }));
    expect(th).toHaveAttribute('aria-sort', 'ascending');
  });

  it('recomputes every number and the order when the message size changes', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    const box = screen.getByRole('textbox', { name: 'Message size, exact value in B' });
    await user.clear(box);
    await user.type(box, '65536{Enter}');
    expect(screen.getByRole('slider', { name: 'Message size' })).toHaveAttribute('aria-valuetext', '65,536 B');
    await waitFor(() => expect(rowNames()).toEqual(medianOrder(65_536)));
    const rdma = screen.getByRole('row', { name: /^RDMA verbs/ });
    expect(within(rdma).getAllByRole('cell')[0]).toHaveTextContent(formatNs(estimate({ technique: 'rdma', payloadBytes: 65_536, linkGbps: 100 }).oneWay.medianNs));
  });

  it('refuses a typed value out of range with a message, keeping the scenario', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    const box = screen.getByRole('textbox', { name: 'Link speed, exact value in Gb/s' });
    await user.clear(box);
    await user.type(box, '2000{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Link speed: 2,000 is outside 1 to 800 Gb/s.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(useScenarioStore.getState().settings.linkGbps).toBe(100);
  });

  it('filters with checkboxes: "TCP available" leaves the socket techniques', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    await user.click(screen.getByRole('checkbox', { name: 'TCP available' }));
    expect(rowNames().sort()).toEqual(['Kernel busy polling', 'Linux sockets', 'Onload', 'io_uring'].sort());
    expect(screen.getByText(/4 of 8 techniques shown/)).toBeInTheDocument();
  });

  it('pins a baseline and shows the others as ratios to it', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    const pin = screen.getByRole('button', { name: 'Pin Linux sockets as the baseline' });
    await user.click(pin);
    expect(pin).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/as ratios to Linux sockets/)).toBeInTheDocument();
    const e = (t: 'dpdk' | 'kernel') => estimate({ technique: t, payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs;
    const cell = within(screen.getByRole('row', { name: /^DPDK/ })).getAllByRole('cell')[0];
    expect(cell).toHaveTextContent(formatRatio(e('dpdk') / e('kernel')));
    expect(cell).toHaveTextContent(formatNs(e('dpdk')));
    await user.click(screen.getByRole('button', { name: 'Unpin Linux sockets' }));
    expect(screen.queryByText(/as ratios to/)).not.toBeInTheDocument();
  });

  it('"Why?" opens the technique\'s stage breakdown', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    const e = estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 });
    await user.click(screen.getByRole('button', { name: `Why? DPDK, One-way median: ${formatNs(e.oneWay.medianNs)}` }));
    const dialog = screen.getByRole('dialog', { name: `Why ${formatNs(e.oneWay.medianNs)} for DPDK?` });
    const stages = within(dialog).getAllByRole('listitem');
    expect(stages).toHaveLength(e.oneWay.stages.length);
    expect(stages[0]).toHaveTextContent(e.oneWay.stages[0]!.label);
    expect(within(dialog).getByRole('link', { name: 'Explore DPDK in the lab' })).toHaveAttribute('href', expect.stringContaining('techniques=dpdk'));
  });

  it('hides a column chosen off, and never the last one', async () => {
    const { user } = setup(<CompareView facts={facts} />);
    await user.click(screen.getByText(/Columns: 13 of 13 shown/));
    await user.click(screen.getByRole('checkbox', { name: 'Complexity' }));
    expect(screen.queryByRole('columnheader', { name: /Complexity/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Columns: 12 of 13 shown/)).toBeInTheDocument();
  });

  it('opens a shared link\'s scenario and table settings, and reports what it ignored', async () => {
    window.history.replaceState(null, '', '/compare/?payloadBytes=1024&linkGbps=9999&sort=p99:desc&only=tcp');
    setup(<CompareView facts={facts} />);
    await waitFor(() => expect(useScenarioStore.getState().settings.payloadBytes).toBe(1024));
    expect(useScenarioStore.getState().settings.linkGbps).toBe(100);
    expect(screen.getByText('linkGbps=9999 was ignored: outside 1 to 800 Gb/s.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /One-way p99/ })).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toHaveLength(4);
  });
});
