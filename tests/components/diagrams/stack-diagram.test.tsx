// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { StackDiagram } from '@/components/diagrams/stack-diagram';
import { estimate } from '@/lib/model';

describe('<StackDiagram> in a lesson', () => {
  it('renders the first step before the interactive diagram loads, then hands over', async () => {
    const first = estimate({ technique: 'rdma', rdmaOp: 'read', payloadBytes: 64, linkGbps: 100 }).oneWay.stages[0];
    render(<StackDiagram technique="rdma-read" />);
    expect(screen.getByRole('figure')).toHaveTextContent(first?.label ?? '?');
    expect(screen.getAllByRole('img', { name: 'RDMA read: stack diagram' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled());
    expect(screen.getByRole('figure')).toHaveTextContent(first?.label ?? '?');
  });

  it('opens in compare mode when asked, and stays in it once live', async () => {
    render(<StackDiagram technique="dpdk" compare="kernel" />);
    const names = () => screen.getAllByRole('img').map((el) => el.getAttribute('aria-label'));
    expect(names()).toEqual(['DPDK: stack diagram', 'Linux sockets: stack diagram']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled());
    expect(names()).toEqual(['DPDK: stack diagram', 'Linux sockets: stack diagram']);
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('kernel');
  });

  it('an unknown technique fails loudly, naming the valid ones', () => {
    expect(() => render(<StackDiagram technique="rdma" />)).toThrow(/rdma-write/);
  });
});
