import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface ErrorBoundaryProps {
  children: ReactNode;
  fullPage?: boolean;
  /** When this changes (e.g. the address), a failed page is tried again. */
  resetKey?: string;
}

/**
 * A page that fails while drawing (a bug, or a code chunk that no longer exists after an
 * upgrade) shows a sentence and a way out instead of a blank screen. "Try again" reloads,
 * which also fetches the current code.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Chorus could not show this page.', error, info.componentStack);
  }

  override render() {
    if (this.state.error !== null) {
      // A non-API error: ErrorState shows the translated general sentence.
      return <ErrorState error={new Error('render')} onRetry={() => window.location.reload()} fullPage={this.props.fullPage} />;
    }
    return this.props.children;
  }
}
