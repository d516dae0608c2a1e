// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { MobileDrawer } from '@/components/layout/mobile-drawer.client';
import { setup } from '../utils';

vi.mock('next/navigation', () => ({ usePathname: () => '/' }));

describe('MobileDrawer', () => {
  it('opens the course map as a modal dialog and closes it', async () => {
    const { user } = setup(
      <MobileDrawer>
        <a href="/lessons/dpdk/">DPDK</a>
      </MobileDrawer>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Course map' }));
    const dialog = screen.getByRole('dialog', { name: 'Course map' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('link', { name: 'DPDK' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
  });
});
