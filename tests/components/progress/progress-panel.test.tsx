// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { ProgressPanel } from '@/components/progress/progress-panel.client';
import { emptyProgress, markRead, type ProgressData, recordAnswer } from '@/lib/quiz/progress';
import { serialiseExport } from '@/lib/quiz/progress-parse';
import { progressStore } from '@/lib/store/progress';
import { setup } from '../../utils';

const lessons = [
  { slug: 'dpdk', title: 'DPDK' },
  { slug: 'rdma', title: 'RDMA' },
];
const banks = [
  { lesson: 'dpdk', questions: [{ id: 'd1', hash: 'a' }, { id: 'd2', hash: 'b' }] },
  { lesson: 'rdma', questions: [{ id: 'r1', hash: 'c' }] },
];
const tf = (value: boolean, correct: boolean) => ({ response: { type: 'truefalse' as const, value }, correct, shown: [] });

function sample(): ProgressData {
  let d = recordAnswer(emptyProgress(), { id: 'd1', lesson: 'dpdk', hash: 'a' }, tf(true, true), 1);
  d = recordAnswer(d, { id: 'd2', lesson: 'dpdk', hash: 'b' }, tf(true, false), 1);
  d = recordAnswer(d, { id: 'r1', lesson: 'rdma', hash: 'c' }, tf(true, true), 1);
  return markRead(d, 'dpdk', 1);
}

beforeEach(async () => {
  localStorage.clear();
  progressStore.setState({ data: emptyProgress() });
  await progressStore.persist.rehydrate();
  progressStore.setState({ data: sample() });
});

const renderPanel = () => setup(<ProgressPanel lessons={lessons} banks={banks} />);
const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

describe('the progress panel', () => {
  it('shows each lesson read or not, with its quiz score', () => {
    renderPanel();
    expect(screen.getByRole('row', { name: /DPDK Yes 1 of 2 right, 2 answered/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /RDMA Not yet 1 of 1 right, 1 answered/ })).toBeInTheDocument();
  });

  it('resets one lesson’s quiz and says so', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Reset the quiz for DPDK' }));
    expect(screen.getByRole('status')).toHaveTextContent('The quiz for “DPDK” was reset');
    expect(Object.keys(progressStore.getState().data.answers)).toEqual(['r1']);
    expect(screen.getByRole('row', { name: /DPDK Yes 0 of 2 right, 0 answered/ })).toBeInTheDocument();
  });

  it('resets everything only after a confirmation', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect(Object.keys(progressStore.getState().data.answers)).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    expect(progressStore.getState().data).toEqual(emptyProgress());
    expect(screen.getByRole('status')).toHaveTextContent('All progress in this browser was reset.');
  });

  it('exports a progress file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:progress';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Export progress to a file' }));
    expect(click).toHaveBeenCalled();
    const exported = JSON.parse(await created[0]!.text());
    expect(exported).toMatchObject({ format: 'bypass-progress', data: { read: { dpdk: 1 } } });
    expect(screen.getByRole('status')).toHaveTextContent(/Exported 3 answers .* to bypass-progress-\d{4}-\d{2}-\d{2}\.json/);
  });

  it('imports a file, merging it, and refuses a file that is not progress with a clear message', async () => {
    const { user } = renderPanel();
    const input = screen.getByLabelText('Progress file to import');
    await user.upload(input, file('{"not": "ours"}', 'notes.json'));
    expect(await screen.findByText('Nothing was imported. This is not a Bypass progress file.')).toBeInTheDocument();

    const other = recordAnswer(emptyProgress(), { id: 'x9', lesson: 'rdma', hash: 'z' }, tf(false, false), 5);
    await user.upload(input, file(serialiseExport(other, 5), 'laptop.json'));
    expect(await screen.findByText(/Imported 1 answer and 1 review questions from laptop.json, merged/)).toBeInTheDocument();
    expect(Object.keys(progressStore.getState().data.answers).sort()).toEqual(['d1', 'd2', 'r1', 'x9']);
  });
});
