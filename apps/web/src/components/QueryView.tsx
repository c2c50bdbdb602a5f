import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { ErrorText } from './ErrorText';
import { LoadingState } from './LoadingState';

/** The usual empty state: a heading and one sentence below it. */
export interface EmptyText {
  title: string;
  body: string;
}

function isEmptyText(value: unknown): value is EmptyText {
  return typeof value === 'object' && value !== null && 'title' in value && 'body' in value && !('$$typeof' in value);
}

interface QueryViewProps<T> {
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  /** Shown instead of the children when there is nothing to list: an element, or an empty state's title and sentence. */
  empty?: ReactNode | EmptyText;
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
  if (empty !== undefined && isEmpty(query.data)) {
    if (!isEmptyText(empty)) return <>{empty}</>;
    return (
      <EmptyState title={empty.title}>
        <p>{empty.body}</p>
      </EmptyState>
    );
  }
  return <>{children(query.data)}</>;
}

function isEmptyArray(data: unknown): boolean {
  return Array.isArray(data) && data.length === 0;
}
