'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface QuizErrorBoundaryProps {
  children: ReactNode;
  /** What failed, for the message: "This quiz", "The exam". */
  what?: string;
}

interface State {
  error: Error | null;
}

/** One broken quiz never blanks the lesson around it: it shows a friendly note instead. */
export class QuizErrorBoundary extends Component<QuizErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the learner sees the note below.
    console.error('Quiz failed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="quiz-fallback" role="alert">
        <p>
          <strong>{this.props.what ?? 'This quiz'} could not be shown.</strong> Your saved progress is safe, and the rest of the page works.
        </p>
        <p className="quiz-fallback-detail">{error.message}</p>
        <button type="button" className="quiz-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
