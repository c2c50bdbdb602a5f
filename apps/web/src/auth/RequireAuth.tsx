import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';
import type { SignInLocationState } from './redirect';

/** Renders its children for a signed-in user; sends anyone else to sign in, remembering where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();

  if (state.status !== 'signed-in') {
    const redirectState: SignInLocationState = {
      from: `${location.pathname}${location.search}${location.hash}`,
      sessionEnded: state.status === 'signed-out' && state.sessionEnded,
    };
    return <Navigate to="/sign-in" replace state={redirectState} />;
  }
  return children;
}
