import { z } from 'zod';

/**
 * Quiz questions: one discriminated union on `type`. Every question keeps what
 * the learner sees (`prompt`) apart from how it is graded (`answer`), and says
 * why: `explanation` after any answer, `answer.feedback` for each wrong choice,
 * naming the misconception it reveals.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case, e.g. "dpdk-burst-size"');
const markdown = z.string().trim().min(1);
const feedbackText = z.string().trim().min(10, 'say which misconception this answer reveals');

// Heading ids are GitHub-style slugs, which keep underscores (`so_busy_poll-and-the-sysctls`).
const headingId = z.string().regex(/^[a-z0-9_]+(?:-[a-z0-9_]+)*$/, 'a heading id of the lesson, e.g. "mempools-and-mbufs"');

const base = {
  id,
  /** Heading id in the question's lesson that teaches it: linked as /lessons/<lesson>/#<section>. */
  section: headingId,
  /** Shown after any answer: why the right answer is right. */
  explanation: markdown,
  /** Progressive hints, revealed one at a time. */
  hints: z.array(markdown).max(3).optional(),
  /** Marks the questions that come from the source document. */
  origin: z.literal('source-document').optional(),
  /**
   * Show a choice question's options in the order written (when one refers to
   * another, e.g. "both of the above"). Options are otherwise shuffled, once,
   * seeded by the question id. Refused on ordering questions: it would show the answer.
   */
  fixedOrder: z.boolean().optional(),
};

const option = z.object({ id, text: markdown }).strict();

export const singleChoiceSchema = z
  .object({
    ...base,
    type: z.literal('single'),
    prompt: z.object({ text: markdown, options: z.array(option).min(2).max(6) }).strict(),
    answer: z.object({ correct: id, feedback: z.record(z.string(), feedbackText) }).strict(),
  })
  .strict();

export const multipleChoiceSchema = z
  .object({
    ...base,
    type: z.literal('multiple'),
    prompt: z.object({ text: markdown, options: z.array(option).min(3).max(8) }).strict(),
    answer: z.object({ correct: z.array(id).min(1), feedback: z.record(z.string(), feedbackText) }).strict(),
  })
  .strict();

export const trueFalseSchema = z
  .object({
    ...base,
    type: z.literal('truefalse'),
    prompt: z.object({ text: markdown }).strict(),
    /** `feedback` explains why the opposite answer is wrong. */
    answer: z.object({ correct: z.boolean(), feedback: feedbackText }).strict(),
  })
  .strict();

export const shortAnswerSchema = z
  .object({
    ...base,
    type: z.literal('short'),
    prompt: z.object({ text: markdown, placeholder: z.string().optional() }).strict(),
    /** Compared after trimming, folding case and collapsing inner white space. */
    answer: z.object({ accepted: z.array(z.string().trim().min(1)).min(1), feedback: feedbackText }).strict(),
  })
  .strict();

export const numericSchema = z
  .object({
    ...base,
    type: z.literal('numeric'),
    prompt: z.object({ text: markdown, unit: z.string().min(1) }).strict(),
    answer: z
      .object({
        value: z.number().finite(),
        /** Accepted when |response - value| <= tolerance (absolute, in `unit`). */
        tolerance: z.number().positive('tolerance must be above zero'),
        /** Feedback for an answer too low and too high. */
        feedback: z.object({ low: feedbackText, high: feedbackText }).strict(),
      })
      .strict(),
  })
  .strict();

export const orderingSchema = z
  .object({
    ...base,
    type: z.literal('ordering'),
    /** Items are shown shuffled; the learner puts them in order. */
    prompt: z.object({ text: markdown, items: z.array(option).min(3).max(8) }).strict(),
    answer: z.object({ order: z.array(id).min(3), feedback: feedbackText }).strict(),
  })
  .strict();

/** Scenario values a computed question may draw from, one list per field. */
export const computedScenarioSchema = z
  .object({
    technique: z.array(z.string()).min(1),
    protocol: z.array(z.enum(['tcp', 'udp'])).optional(),
    rdmaOp: z.array(z.enum(['send', 'write', 'read', 'atomic'])).optional(),
    payloadBytes: z.array(z.number().int().positive()).min(1),
    linkGbps: z.array(z.number().positive()).min(1),
    switchHops: z.array(z.number().int().min(0)).optional(),
  })
  .strict();

export const COMPUTED_METRICS = ['wireNs', 'lineRateMpps', 'oneWayMedianNs', 'rttNs', 'rxMppsPerCore'] as const;

export const computedSchema = z
  .object({
    ...base,
    type: z.literal('computed'),
    prompt: z
      .object({
        /** Placeholders {technique} {payloadBytes} {linkGbps} {switchHops} {protocol} {rdmaOp} are filled per attempt. */
        template: markdown,
        unit: z.string().min(1),
        /** Decimal places the learner is asked for. */
        decimals: z.number().int().min(0).max(3),
      })
      .strict(),
    answer: z
      .object({
        metric: z.enum(COMPUTED_METRICS),
        /** Relative tolerance, e.g. 0.02 for 2 %. */
        relativeTolerance: z.number().positive().max(0.5),
        feedback: z.object({ low: feedbackText, high: feedbackText }).strict(),
      })
      .strict(),
    /** Drawn from per attempt with a seeded generator; `fromLab` uses the learner's lab scenario instead when set. */
    scenario: computedScenarioSchema,
    fromLab: z.boolean().optional(),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleChoiceSchema,
  trueFalseSchema,
  shortAnswerSchema,
  numericSchema,
  orderingSchema,
  computedSchema,
]);

export const bankSchema = z
  .object({
    /** The lesson slug; the file is content/quizzes/<lesson>.json. */
    lesson: id,
    title: z.string().min(3),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Bank = z.infer<typeof bankSchema>;
export type SingleChoice = z.infer<typeof singleChoiceSchema>;
export type MultipleChoice = z.infer<typeof multipleChoiceSchema>;
export type TrueFalse = z.infer<typeof trueFalseSchema>;
export type ShortAnswer = z.infer<typeof shortAnswerSchema>;
export type Numeric = z.infer<typeof numericSchema>;
export type Ordering = z.infer<typeof orderingSchema>;
export type Computed = z.infer<typeof computedSchema>;
