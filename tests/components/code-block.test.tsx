// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { CodeBlock } from '@/components/mdx/code-block';
import { setup } from '../utils';

describe('CodeBlock', () => {
  it('labels the language and the title, and copies the code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const { user } = setup(
      <CodeBlock data-language="c" data-title="ring.c">
        <code>int x = 1;</code>
      </CodeBlock>,
    );
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(screen.getByText('C')).toBeInTheDocument();
    expect(screen.getByText('ring.c')).toBeInTheDocument();
    expect(screen.queryByText('Does not compile')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /copy/i }));
    expect(writeText).toHaveBeenCalledWith('int x = 1;');
    expect(await screen.findByRole('button', { name: /copied/i })).toBeInTheDocument();
  });

  it('marks a block that is wrong on purpose, for sighted and screen-reader users', () => {
    setup(
      <CodeBlock data-language="c" data-wrong="true">
        <code>int x = ;</code>
      </CodeBlock>,
    );
    expect(screen.getByText('Does not compile')).toBeInTheDocument();
    expect(screen.getByLabelText('C code that does not compile')).toBeInTheDocument();
  });

  it('says so when the clipboard refuses', async () => {
    const { user } = setup(
      <CodeBlock data-language="bash">
        <code>ls</code>
      </CodeBlock>,
    );
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    await user.click(screen.getByRole('button', { name: /copy/i }));
    expect(await screen.findByRole('button', { name: /copy failed/i })).toBeInTheDocument();
  });

  it('has no copy button for output blocks', () => {
    setup(
      <CodeBlock data-language="text" data-nocopy="true">
        <code>output</code>
      </CodeBlock>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
