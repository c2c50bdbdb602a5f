import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'success' | 'warning';
  children: ReactNode;
  testId?: string;
  /** Announce it when it appears (for results of something the person just did). */
  live?: boolean;
}

export function Notice({ tone = 'info', children, testId, live = false }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={live ? 'status' : undefined} data-testid={testId}>
      {children}
    </div>
  );
}
