import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Bank, Question } from '@/lib/quiz/schema';
import { baseUrl, launch, type Browser, watchedPage } from './harness';

// A lesson whose bank exists and whose page ends with <Quiz bank="onload" />.
const LESSON = 'onload';
const bank = JSON.parse(readFileSync(`content/quizzes/${LESSON}.json`, 'utf8')) as Bank;
const byId = new Map(bank.questions.map((q) => [q.id, q]));

let browser: Browser;
beforeAll(async () => {
  // Reduced motion: no smooth scrolling, so scroll positions can be read at once.
  browser = await launch({ reducedMotion: true });
});
afterAll(async () => {
  await browser.close();
});

const inQuiz = (page: Page) => page.evaluate(() => document.activeElement?.closest('.quiz-question') !== null);
const focusedIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 600) {
  for (let i = 0; i < limit; i++) {
    if (await focusedIs(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function currentQuestion(page: Page): Promise<Question> {
  const id = await page.locator('.quiz-question').getAttribute('data-question');
  const q = byId.get(id ?? '');
  if (!q) throw new Error(`question ${id} is not in the ${LESSON} bank`);
  return q;
}

/** Answers the question on screen with the keyboard alone; right where the bank says how, a guess otherwise. */
async function answerByKeyboard(page: Page, q: Question): Promise<'right' | 'either'> {
  const shown = await page.locator('.quiz-question input[type=radio], .quiz-question input[type=checkbox]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  switch (q.type) {
    case 'single':
      await page.keyboard.press(String(shown.indexOf(q.answer.correct) + 1));
      await page.keyboard.press('Enter');
      return 'right';
    case 'multiple':
      for (const id of q.answer.correct) await page.keyboard.press(String(shown.indexOf(id) + 1));
      await page.keyboard.press('Enter');
      return 'right';
    case 'truefalse':
      await page.keyboard.press(q.answer.correct ? '1' : '2');
      await page.keyboard.press('Enter');
      return 'right';
    case 'short':
      await tabTo(page, '.quiz-question input[type=text]');
      await page.keyboard.type(q.answer.accepted[0] ?? '');
      await page.keyboard.press('Enter');
      return 'right';
    case 'numeric':
      await tabTo(page, '.quiz-question input[type=text]');
      await page.keyboard.type(String(q.answer.value));
      await page.keyboard.press('Enter');
      return 'right';
    case 'ordering':
      await tabTo(page, '.quiz-move:not(:disabled)');
      await page.keyboard.press('Enter');
      await tabTo(page, '.quiz-question button[type=submit]');
      await page.keyboard.press('Enter');
      return 'either';
    case 'computed':
      await tabTo(page, '.quiz-question input[type=text]:not([readonly])');
      await page.keyboard.type('1');
      await page.keyboard.press('Enter');
      return 'either';
  }
}

describe('a lesson quiz', () => {
  it('is taken by keyboard alone, and its answers are kept after a reload', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lessons/${LESSON}/`);
    await page.getByRole('heading', { name: `Question 1 of ${bank.questions.length}` }).waitFor();
    await tabTo(page, '.quiz-question *');
    expect(await inQuiz(page)).toBe(true);

    let right = 0;
    for (let i = 0; i < bank.questions.length; i++) {
      await page.getByRole('heading', { name: `Question ${i + 1} of ${bank.questions.length}` }).waitFor();
      const q = await currentQuestion(page);
      const headingTop = () => page.locator('.quiz-question-heading').evaluate((el) => el.getBoundingClientRect().top);
      const before = await headingTop();
      const expect_ = await answerByKeyboard(page, q);
      const feedback = page.getByRole('region', { name: 'Feedback' });
      await feedback.waitFor();
      // Focus moves to the feedback after checking.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Feedback');
      const verdict = (await feedback.locator('.quiz-verdict').textContent()) ?? '';
      if (expect_ === 'right') expect(verdict, `question ${q.id}`).toBe('Correct.');
      if (verdict === 'Correct.') right++;
      // No jump: the verdict is brought into view by the smallest scroll, and the question moves by no more than that.
      const verdictBox = await feedback.locator('.quiz-verdict').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: window.innerHeight };
      });
      expect(verdictBox.top).toBeGreaterThanOrEqual(0);
      expect(verdictBox.bottom).toBeLessThanOrEqual(verdictBox.height);
      expect(Math.abs((await headingTop()) - before), `question ${q.id} scrolled`).toBeLessThan(verdictBox.height);
      await page.keyboard.press('n');
    }

    const results = page.getByRole('region', { name: 'Your results' });
    await results.waitFor();
    const score = `You got ${right} of ${bank.questions.length} right.`;
    expect(await results.locator('.quiz-score').textContent()).toContain(score);
    // The summary (every option marked, every feedback shown) passes axe too, not just the first question.
    expect((await new AxeBuilder({ page }).include('.quiz').analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.reload();
    await page.getByRole('region', { name: 'Your results' }).waitFor();
    expect(await page.locator('.quiz-score').textContent()).toContain(score);
    // The sidebar shows the score too.
    expect(await page.getByRole('navigation', { name: 'Course map' }).textContent()).toContain(`${right}/${bank.questions.length}`);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('the course exam', () => {
  it('is taken and submitted, with feedback only afterwards; misses show as due for review on the home page', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/quiz/`);
    await page.getByRole('button', { name: 'Start the exam' }).click();
    const total = Number((await page.locator('.quiz-question-heading').textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(5);
    for (let i = 0; i < total; i++) {
      const heading = page.getByRole('heading', { name: `Question ${i + 1} of ${total}` });
      await heading.waitFor();
      const type = await page.locator('.quiz-question').evaluate((el) =>
        el.querySelector('input[type=radio], input[type=checkbox]') ? 'choice' : el.querySelector('.quiz-move') ? 'ordering' : 'text',
      );
      if (type === 'choice') await page.keyboard.press('1');
      else if (type === 'ordering') {
        await tabTo(page, '.quiz-move:not(:disabled)');
        await page.keyboard.press('Enter');
      } else {
        await page.locator('.quiz-question input[type=text]:not([readonly])').fill('1');
      }
      await page.getByRole('button', { name: 'Save answer' }).click();
      expect(await page.getByRole('region', { name: /Feedback/ }).count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    const results = page.getByRole('region', { name: 'Your exam results' });
    await results.waitFor();
    const [, right] = (await results.locator('.quiz-score').textContent())?.match(/You got (\d+) of/) ?? [];
    expect(await results.getByRole('region', { name: /^Feedback on question/ }).count()).toBe(total);
    expect((await new AxeBuilder({ page }).include('.quiz').analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.goto(`${baseUrl()}/`);
    if (Number(right) < total) await page.getByRole('link', { name: /due for review/ }).waitFor();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
