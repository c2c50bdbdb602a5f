/** What <RequireAuth> hands to the sign-in page through the router's location state. */
export interface SignInLocationState {
  from?: string;
  sessionEnded?: boolean;
  /** Set by the reset-password page: the new password is in place, sign in with it. */
  passwordReset?: boolean;
}

/**
 * Where to go after signing in. Only same-app paths are accepted, so a crafted link cannot
 * send the user to another site.
 */
export function returnPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from === '/sign-in' || from.startsWith('/sign-in?')) return '/';
  return from;
}

export function sessionEnded(state: unknown): boolean {
  return (state as SignInLocationState | null)?.sessionEnded === true;
}

export function passwordWasReset(state: unknown): boolean {
  return (state as SignInLocationState | null)?.passwordReset === true;
}
