// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { ThemeToggle } from '@/components/layout/theme-toggle.client';
import { setup } from '../utils';

describe('ThemeToggle', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.dataset.theme = 'light';
  });

  it('switches to dark, says it is on, and remembers the choice', async () => {
    const { user } = setup(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Dark theme' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('bypass-theme')).toBe('dark');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('bypass-theme')).toBe('light');
  });

  it('still switches the page when storage is blocked', async () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const { user } = setup(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    spy.mockRestore();
  });
});
