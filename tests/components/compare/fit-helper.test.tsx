// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { FitHelper } from '@/components/compare/fit-helper';
import { loadTechniqueFacts } from '@/lib/content/technique-facts';
import { useScenarioStore } from '@/lib/store/scenario';
import { setup } from '../../utils';

const facts = loadTechniqueFacts();

beforeEach(() => useScenarioStore.getState().reset());

describe('FitHelper', () => {
  it('asks its questions as radio groups and ranks every technique', () => {
    setup(<FitHelper facts={facts} />);
    for (const q of ['Can you change the application\'s code?', 'Do you need TCP?', 'Do you choose the NICs?', 'Is a spinning core acceptable?', 'Do you control both ends?']) {
      expect(within(screen.getByRole('group', { name: q })).getAllByRole('radio').length).toBeGreaterThanOrEqual(2);
    }
    expect(screen.getByRole('status')).toHaveTextContent('8 of 8 techniques fit.');
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/^1\. /);
  });

  it('rules techniques out with the reason, and ranks the rest', async () => {
    const { user } = setup(<FitHelper facts={facts} />);
    await user.click(screen.getByRole('radio', { name: 'Yes, the peer speaks TCP' }));
    await user.click(screen.getByRole('radio', { name: 'No, it must run as it is' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^3 of 8 techniques fit\. Fastest that fits: Onload/);
    const dpdk = screen.getByRole('heading', { name: /DPDK ruled out/ }).closest('li')!;
    expect(within(dpdk).getByText(/No TCP:/)).toBeInTheDocument();
    expect(within(dpdk).getByText(/Code: A new program/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear answers' }));
    expect(screen.getByRole('status')).toHaveTextContent('8 of 8 techniques fit.');
  });
});
