'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { dueIds } from '@/lib/quiz/review';
import { useProgress, useProgressHydrated } from './use-progress';

export interface DueReviewLinkProps {
  /** Every question's id and current hash: cards for edited questions are not counted. */
  questions: readonly { id: string; hash: string }[];
}

/** On the home page: how many missed questions are due for spaced review, linking to /review/. */
export function DueReviewLink({ questions }: DueReviewLinkProps) {
  const hydrated = useProgressHydrated();
  const cards = useProgress((s) => s.data.review);
  const [now, setNow] = useState(0);
  useEffect(() => setNow(Date.now()), []);
  if (!hydrated || now === 0) return null;
  const due = dueIds(cards, now, new Map(questions.map((q) => [q.id, q.hash]))).length;
  if (due === 0) return null;
  return (
    <p className="due-review">
      <Link href="/review/">
        {due} {due === 1 ? 'question' : 'questions'} due for review
      </Link>
    </p>
  );
}
