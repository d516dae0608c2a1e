'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface DiagramErrorBoundaryProps {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A broken diagram never blanks the lesson around it: it shows a friendly note instead. */
export class DiagramErrorBoundary extends Component<DiagramErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the learner sees the note below.
    console.error('Stack diagram failed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="sd-fallback" role="alert">
        <p>
          <strong>This diagram could not be shown.</strong> The rest of the lesson works, and the lab computes the same paths.
        </p>
        <p className="sd-fallback-detail">{error.message}</p>
        <button type="button" className="sd-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
