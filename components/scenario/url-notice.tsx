import { describeProblem, type UrlProblem } from '@/lib/scenario-url';

export interface UrlNoticeProps {
  problems: readonly UrlProblem[];
  onDismiss: () => void;
}

/** Says which parts of a shared link were ignored, so a bad value never passes silently. */
export function UrlNotice({ problems, onDismiss }: UrlNoticeProps) {
  if (problems.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        <strong>Part of this link was not used.</strong> The rest of the scenario is as shared.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.param}=${p.value}`}>{describeProblem(p)}</li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
