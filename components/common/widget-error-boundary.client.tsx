'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface WidgetErrorBoundaryProps {
  children: ReactNode;
  /** What failed, for the message: "The comparison table". */
  what: string;
  /** What the learner can still count on, e.g. "Your saved progress is safe." */
  note?: string;
}

interface State {
  error: Error | null;
}

/**
 * Every interactive block (diagram, quiz, chart, table) sits in one of these:
 * one broken widget never blanks the page around it, it shows a friendly note instead.
 */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the learner sees the note below.
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="widget-fallback" role="alert">
        <p>
          <strong>{this.props.what} could not be shown.</strong> {this.props.note ? `${this.props.note} ` : ''}The rest of the page works.
        </p>
        <p className="widget-fallback-detail">{error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
