// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { setup } from '../../utils';

function Flaky() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error('the model refused');
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Break
    </button>
  );
}

describe('WidgetErrorBoundary', () => {
  it('replaces only the broken widget with a note, and lets the learner try again', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = setup(
      <>
        <p>Lesson text</p>
        <WidgetErrorBoundary what="This chart">
          <Flaky />
        </WidgetErrorBoundary>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Break' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This chart could not be shown.');
    expect(screen.getByRole('alert')).toHaveTextContent('the model refused');
    expect(screen.getByText('Lesson text')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Break' })).toBeInTheDocument();
    spy.mockRestore();
  });

  it('says what the learner can still count on', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = setup(
      <WidgetErrorBoundary what="This quiz" note="Your saved progress is safe.">
        <Flaky />
      </WidgetErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Break' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This quiz could not be shown. Your saved progress is safe. The rest of the page works.');
    spy.mockRestore();
  });
});
