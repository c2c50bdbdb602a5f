import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Asks again whenever the reader moves to another page (not on the first render, which fetches
 * by itself): for what the header shows on every page, such as points and unread notifications.
 */
export function useRefetchOnNavigation(refetch: () => unknown): void {
  const { pathname } = useLocation();
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refetch();
  }, [pathname, refetch]);
}
