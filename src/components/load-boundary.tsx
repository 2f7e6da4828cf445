import { Component, type ReactNode } from 'react';
import { isLoadError } from '../lib/load-cache';
import { LoadFailureNotice } from './load-failure-notice';

interface LoadBoundaryProps {
  /** What is loaded, as a sentence's subject: `The case note`. */
  what: string;
  /** Names the run of failures (see `LoadFailureNotice`). */
  episode: string;
  /** The part that loads, given the attempt to name (see `retryableLazy`). */
  children: (attempt: string) => ReactNode;
}

interface LoadBoundaryState {
  error?: unknown;
  attempt: number;
}

/**
 * Shows a part of a screen whose code loads on demand (a dialog, a form), and in its place, when
 * that load fails, a notice that says so and retries (`LoadFailureNotice`): the rest of the
 * screen stays as it is. Any other error goes on up.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  state: LoadBoundaryState = { attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<LoadBoundaryState> {
    return { error };
  }

  render() {
    const { error, attempt } = this.state;
    if (error !== undefined) {
      // Not a failed load: for a boundary further up.
      if (!isLoadError(error)) throw error;
      return (
        <LoadFailureNotice
          error={error}
          what={this.props.what}
          episode={this.props.episode}
          onRetry={() => this.setState({ error: undefined, attempt: attempt + 1 })}
          reassurance="Nothing you entered is lost."
        />
      );
    }
    return this.props.children(String(attempt));
  }
}
