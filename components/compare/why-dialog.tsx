'use client';

import Link from 'next/link';
import { useEffect, useId, useRef } from 'react';
import type { CompareRow } from '@/lib/compare/types';
import { formatNs } from '@/lib/format';
import { TECHNIQUES } from '@/lib/model';
import { lessonHref } from '@/lib/nav';
import { describeScenario } from '@/lib/scenario-fields';
import { encodeSettings, queryString } from '@/lib/scenario-url';
import { encodeLabView, DEFAULT_LAB_VIEW } from '@/lib/lab/lab-url';
import { StageBars } from './stage-bars';

export interface WhyDialogProps {
  row: CompareRow | null;
  onClose: () => void;
}

/** "Why?" on a number: where that technique's one-way median goes, stage by stage. */
export function WhyDialog({ row, onClose }: WhyDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (row && !dialog.open) dialog.showModal();
    if (!row && dialog.open) dialog.close();
  }, [row]);

  const e = row?.estimate;
  const totals = { sender: 0, wire: 0, receiver: 0 };
  for (const s of e?.oneWay.stages ?? []) totals[s.side] += s.ns;
  const info = row ? TECHNIQUES[row.id] : null;
  const labQuery = row ? queryString(encodeLabView({ ...DEFAULT_LAB_VIEW, techniques: [row.id], focus: row.id }, encodeSettings(row.scenario))) : '';

  return (
    <dialog ref={ref} className="why-dialog" aria-labelledby={titleId} onClose={onClose}>
      {row && e && info && (
        <>
          <h2 id={titleId}>
            Why {formatNs(e.oneWay.medianNs)} for {row.name}?
          </h2>
          <p>
            Where the one-way median goes for {describeScenario(row.scenario)}: {formatNs(totals.sender)} on the sender,{' '}
            {formatNs(totals.wire)} on the wire and through switches, {formatNs(totals.receiver)} on the receiver. The
            p99 is {formatNs(e.oneWay.p99Ns)}. {info.short}
          </p>
          {row.note && <p className="row-note">{row.note}</p>}
          <StageBars stages={e.oneWay.stages} />
          <p className="why-links">
            <Link href={`${lessonHref(info.lesson.slug)}#${info.lesson.anchor}`}>Read how {row.name} works</Link>
            {' · '}
            <Link href={`/lab/${labQuery}`}>Explore {row.name} in the lab</Link>
          </p>
        </>
      )}
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
