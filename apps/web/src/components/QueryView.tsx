import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { ErrorText } from './ErrorText';
import { LoadingState } from './LoadingState';

interface QueryViewProps<T> {
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  /** Shown instead of the children when there is nothing to list. */
  empty?: ReactNode;
  /** Whether the data counts as empty; by default, an empty array. */
  isEmpty?: (data: T) => boolean;
  /** The failure as a line of text, for a secondary part of a page, rather than a block with a retry button. */
  inlineError?: boolean;
  children: (data: T) => ReactNode;
}

/**
 * What a query's part of the page shows: the failure (while nothing was loaded), the spinner,
 * the empty state, or the data. Data loaded earlier stays on screen when a refetch fails.
 */
export function QueryView<T>({ query, empty, isEmpty = isEmptyArray, inlineError = false, children }: QueryViewProps<T>) {
  if (query.error !== null && query.data === undefined) {
    return inlineError ? <ErrorText error={query.error} /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data === undefined) return <LoadingState />;
  if (empty !== undefined && isEmpty(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

function isEmptyArray(data: unknown): boolean {
  return Array.isArray(data) && data.length === 0;
}
