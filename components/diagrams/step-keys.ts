import type { StepAction } from './step-controls';

/** Elements whose own keys must keep working: typing, choosing, opening the table. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

/**
 * The step action for a key pressed inside the diagram, or null to leave the
 * key alone. Space and Enter on a button press that button, as everywhere else.
 */
export function stepKeyAction(key: string, target: { tagName: string }): StepAction | null {
  if (OWN_KEYS.has(target.tagName)) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
      return target.tagName === 'BUTTON' ? null : 'toggle';
    default:
      return null;
  }
}
