// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { StackDiagramApp } from '@/components/diagrams/stack-diagram-app.client';
import { STEP_MS } from '@/components/diagrams/use-stepper';
import { estimate } from '@/lib/model';
import { useScenarioStore } from '@/lib/store/scenario';
import { setup } from '../../utils';

const labels = (technique: Parameters<typeof estimate>[0]) => estimate(technique).oneWay.stages.map((s) => s.label);
const dpdkLabels = labels({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 });

/** The polite live region: what a screen reader hears after each move. */
function announcement(): string {
  const region = document.querySelector('[aria-live="polite"]');
  return region?.textContent ?? '';
}

function count(name: string): string {
  const group = screen.getByRole('group', { name: /^Per message on the/ });
  const term = within(group).getByText(name);
  return term.nextElementSibling?.textContent ?? '';
}

beforeEach(() => {
  useScenarioStore.getState().reset();
});

describe('StackDiagramApp', () => {
  it('starts at the first stage of the model\'s path, says nothing until the learner moves', () => {
    setup(<StackDiagramApp variant="dpdk" compare={null} />);
    expect(screen.getByRole('figure')).toHaveTextContent(`Step 1 of ${dpdkLabels.length}`);
    expect(screen.getByText(dpdkLabels[0] ?? '?', { selector: 'strong' })).toBeInTheDocument();
    expect(announcement()).toBe('');
  });

  it('steps with the buttons and announces each stage', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(announcement()).toContain(`Step 2 of ${dpdkLabels.length}: ${dpdkLabels[1]}`);
    await user.click(screen.getByRole('button', { name: 'Last' }));
    expect(announcement()).toContain(`: ${dpdkLabels[dpdkLabels.length - 1]}`);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(announcement()).toContain(`Step ${dpdkLabels.length - 1} of`);
    await user.click(screen.getByRole('button', { name: 'First' }));
    expect(announcement()).toContain(`Step 1 of ${dpdkLabels.length}: ${dpdkLabels[0]}`);
  });

  it('steps from the keyboard: arrows, Home, End and space', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    screen.getByRole('group', { name: /^Stack diagram/ }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(announcement()).toContain(`Step 3 of ${dpdkLabels.length}: ${dpdkLabels[2]}`);
    await user.keyboard('{ArrowLeft}');
    expect(announcement()).toContain(`Step 2 of`);
    await user.keyboard('{End}');
    expect(announcement()).toContain(`Step ${dpdkLabels.length} of`);
    await user.keyboard('{Home}');
    expect(announcement()).toContain('Step 1 of');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('leaves the arrow keys to the fields that need them', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    screen.getByRole('combobox', { name: 'Technique' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(announcement()).toBe('');
  });

  it('plays one step at a time and stops when paused', () => {
    // fireEvent, not user-event: Testing Library's async helpers wait on a real
    // setTimeout, which vitest's fake timers would hold forever.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      render(<StackDiagramApp variant="dpdk" compare={null} />);
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      expect(announcement()).toContain('Step 2 of');
      act(() => vi.advanceTimersByTime(STEP_MS));
      expect(announcement()).toContain('Step 3 of');
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      act(() => vi.advanceTimersByTime(STEP_MS * 3));
      expect(announcement()).toContain('Step 3 of');
      fireEvent.click(screen.getByRole('button', { name: 'Last' }));
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      expect(announcement()).toContain('Step 1 of');
    } finally {
      vi.useRealTimers();
    }
  });

  it('switching technique re-routes the path and updates the counters from the model', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    expect(count('System calls')).toBe('0');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Technique' }), 'Linux sockets');
    const kernel = estimate({ technique: 'kernel', payloadBytes: 64, linkGbps: 100 });
    expect(count('System calls')).toBe(String(kernel.counts.syscalls));
    expect(count('Context switches')).toBe(String(kernel.counts.contextSwitches));
    expect(announcement()).toContain(`Step 1 of ${kernel.oneWay.stages.length}: ${kernel.oneWay.stages[0]?.label}`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Technique' }), 'RDMA write');
    // Drawn twice, full and compact: CSS shows the one that fits.
    expect(screen.getAllByRole('img', { name: 'RDMA write: stack diagram' }).length).toBeGreaterThan(0);
    expect(count('Interrupts')).toBe('0');
  });

  it('compare mode draws both paths and places the other message at the same moment', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'Linux sockets');
    expect(screen.getAllByRole('img').map((el) => el.getAttribute('aria-label'))).toEqual(['DPDK: stack diagram', 'Linux sockets: stack diagram']);
    expect(screen.getByText(/At the same moment .* the Linux sockets message is at step 1 of/, { selector: 'p' })).toBeVisible();
    expect(screen.getAllByRole('group', { name: /^Per message on the/ })).toHaveLength(2);
  });

  it('refuses an out-of-range message size with a message, and a valid one moves the shared scenario', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    const size = screen.getByRole('spinbutton', { name: 'Message size (B)' });
    await user.clear(size);
    await user.type(size, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('from 1 to 1,048,576 B');
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(useScenarioStore.getState().settings.payloadBytes).toBe(64);
    await user.clear(size);
    await user.type(size, '1400');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useScenarioStore.getState().settings.payloadBytes).toBe(1400);
    const total = estimate({ technique: 'dpdk', payloadBytes: 1400, linkGbps: 100 }).oneWay.stages.length;
    expect(screen.getByRole('figure')).toHaveTextContent(`Step 1 of ${total}`);
  });

  it('follows the shared store when another widget changes it', () => {
    setup(<StackDiagramApp variant="dpdk" compare={null} />);
    act(() => useScenarioStore.getState().set('linkGbps', 10));
    expect(screen.getByRole('spinbutton', { name: 'Link speed (Gb/s)' })).toHaveValue(10);
    expect(screen.getByText(/64 B messages, 10 Gb\/s link/)).toBeInTheDocument();
    // The lab can add switches: the diagram draws them and counts their time.
    act(() => useScenarioStore.getState().set('switchHops', 2));
    expect(screen.getAllByRole('img', { name: 'DPDK: stack diagram' })[0]).toHaveTextContent('2 switches');
    const hops = estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 10, switchHops: 2 }).oneWay.stages.length;
    expect(screen.getByRole('figure')).toHaveTextContent(`Step 1 of ${hops}`);
    expect(hops).toBeGreaterThan(dpdkLabels.length);
  });

  it('says so, and shows the defaults, when the shared scenario is out of range', () => {
    act(() => useScenarioStore.getState().set('switchHops', 99));
    setup(<StackDiagramApp variant="dpdk" compare={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/out of range \(switchHops/);
    expect(screen.getByRole('figure')).toHaveTextContent(`Step 1 of ${dpdkLabels.length}`);
  });

  it('lists every stage and its cost in the table view', async () => {
    const { user } = setup(<StackDiagramApp variant="dpdk" compare={null} />);
    await user.click(screen.getByText('Show as table'));
    const table = screen.getByRole('table', { name: /^DPDK: / });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(dpdkLabels);
  });
});
