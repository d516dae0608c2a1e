// @vitest-environment jsdom
import { emptyProgress, PROGRESS_VERSION } from '@/lib/quiz/progress';
import { PROGRESS_KEY, progressStore } from '@/lib/store/progress';
import { storageHealth } from '@/lib/store/storage';

const q = { id: 'q1', lesson: 'dpdk', hash: 'h' };
const answer = { response: { type: 'truefalse' as const, value: true }, correct: true, shown: [] };

beforeEach(() => {
  vi.restoreAllMocks();
  storageHealth.setState({ mode: 'local', recovered: null });
  progressStore.setState({ data: emptyProgress() });
  localStorage.clear();
});

const reload = () => progressStore.persist.rehydrate();

describe('the progress store', () => {
  it('persists under a namespaced key with its version, and loads it back', async () => {
    progressStore.getState().answer(q, answer);
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
    expect(saved).toMatchObject({ version: PROGRESS_VERSION, state: { answers: { q1: { hash: 'h', correct: true } } } });
    progressStore.setState({ data: emptyProgress() }, false);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved));
    await reload();
    expect(progressStore.getState().data.answers.q1?.correct).toBe(true);
  });

  it('keeps the good records of a partly corrupt saved state and says how many it dropped', async () => {
    const good = { lesson: 'dpdk', hash: 'h', response: { type: 'numeric', value: 3 }, correct: false, shown: [], at: 1 };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, state: { answers: { good, bad: { ...good, response: null } }, read: { dpdk: 'x' } } }));
    await reload();
    expect(Object.keys(progressStore.getState().data.answers)).toEqual(['good']);
    expect(storageHealth.getState().recovered).toEqual({ dropped: 2, unreadable: false, backupKey: null });
  });

  it('keeps a copy of a saved state that is not JSON, then starts afresh', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"state": {"answers": ');
    await reload();
    expect(progressStore.getState().data).toEqual(emptyProgress());
    expect(storageHealth.getState().recovered).toMatchObject({ unreadable: true, backupKey: `${PROGRESS_KEY}:unreadable` });
    expect(localStorage.getItem(`${PROGRESS_KEY}:unreadable`)).toBe('{"state": {"answers": ');
  });

  it('migrates a saved state from an older version through the tolerant parser', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 0, state: { read: { dpdk: 5 }, answers: { x: 'junk' } } }));
    await reload();
    expect(progressStore.getState().data.read).toEqual({ dpdk: 5 });
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').version).toBe(PROGRESS_VERSION);
  });

  it('keeps working in memory when the browser refuses storage, and says so', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await reload();
    progressStore.getState().answer(q, answer);
    expect(storageHealth.getState().mode).toBe('memory-unavailable');
    expect(progressStore.getState().data.answers.q1?.correct).toBe(true);
  });

  it('keeps working in memory when storage is full, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    progressStore.getState().answer(q, answer);
    progressStore.getState().markRead('dpdk');
    expect(storageHealth.getState().mode).toBe('memory-full');
    expect(progressStore.getState().data.read.dpdk).toBeGreaterThan(0);
  });
});
