import { drawExam, EXAM_SIZE } from '@/lib/quiz/exam';

const bank = (lesson: string, n: number) => Array.from({ length: n }, (_, i) => ({ lesson, id: `${lesson}-${i}` }));
const course = [...bank('why-bypass', 10), ...bank('linux-path', 12), ...bank('dpdk', 20), ...bank('rdma', 15), ...bank('onload', 9), ...bank('middle-grounds', 3)];

describe('drawExam', () => {
  it('draws the requested number of distinct questions', () => {
    const exam = drawExam(course, 7);
    expect(exam).toHaveLength(EXAM_SIZE);
    expect(new Set(exam.map((q) => q.id)).size).toBe(EXAM_SIZE);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(drawExam(course, 7)).toEqual(drawExam(course, 7));
    expect(drawExam(course, 8).map((q) => q.id)).not.toEqual(drawExam(course, 7).map((q) => q.id));
  });

  it('asks about every lesson, and no lesson more than once more than another (while its bank lasts)', () => {
    for (let seed = 0; seed < 50; seed++) {
      const counts = new Map<string, number>();
      for (const q of drawExam(course, seed, 18)) counts.set(q.lesson, (counts.get(q.lesson) ?? 0) + 1);
      expect(counts.size).toBe(6);
      expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
    }
  });

  it('lets big banks fill the places small ones cannot', () => {
    const counts = new Map<string, number>();
    for (const q of drawExam(course, 3, 40)) counts.set(q.lesson, (counts.get(q.lesson) ?? 0) + 1);
    expect(counts.get('middle-grounds')).toBe(3);
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(40);
  });

  it('takes the whole course when asked for more than there is', () => {
    expect(drawExam(bank('dpdk', 4), 1, 10)).toHaveLength(4);
    expect(drawExam([], 1)).toEqual([]);
  });

  it('mixes lessons rather than asking one lesson in a run', () => {
    const exam = drawExam(course, 11, 12);
    const runs = exam.filter((q, i) => i > 0 && exam[i - 1]?.lesson === q.lesson).length;
    expect(runs).toBeLessThan(6);
  });
});
