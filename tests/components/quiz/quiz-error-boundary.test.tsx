// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { QuizErrorBoundary } from '@/components/quiz/quiz-error-boundary.client';
import { setup } from '../../utils';

function Broken(): never {
  throw new Error('bank exploded');
}

it('shows a friendly fallback instead of blanking the page', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  setup(
    <main>
      <p>Lesson text stays.</p>
      <QuizErrorBoundary>
        <Broken />
      </QuizErrorBoundary>
    </main>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('This quiz could not be shown.');
  expect(screen.getByRole('alert')).toHaveTextContent('bank exploded');
  expect(screen.getByText('Lesson text stays.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
