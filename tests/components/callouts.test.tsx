// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { DeepDive } from '@/components/mdx/deep-dive';
import { Heading } from '@/components/mdx/heading';
import { Pitfall } from '@/components/mdx/pitfall';
import { setup } from '../utils';

describe('lesson furniture', () => {
  it('DeepDive is collapsed until opened', async () => {
    const { user } = setup(
      <DeepDive title="struct ibv_send_wr">
        <p>The layout</p>
      </DeepDive>,
    );
    expect(screen.getByText('The layout')).not.toBeVisible();
    await user.click(screen.getByText('struct ibv_send_wr'));
    expect(screen.getByText('The layout')).toBeVisible();
  });

  it('Pitfall is a note with its kind and title', () => {
    setup(
      <Pitfall title="Onload is not TCP offload">
        <p>Body</p>
      </Pitfall>,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Pitfall');
    expect(note).toHaveTextContent('Onload is not TCP offload');
  });

  it('a heading links to itself by its own text', () => {
    setup(
      <Heading level={2} id="mempools">
        Mempools
      </Heading>,
    );
    expect(screen.getByRole('heading', { level: 2, name: /Mempools/ })).toHaveAttribute('id', 'mempools');
    expect(screen.getByRole('link', { name: /Mempools/ })).toHaveAttribute('href', '#mempools');
  });
});
