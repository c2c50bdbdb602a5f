import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import { ApiError, onSignedOut } from '../api/client';
import { getMe, updateMe } from '../api/me';
import type { Me, UpdateMeInput } from '../api/models';
import { isLocale } from '../i18n/locale';
import { useI18n } from '../i18n/I18nContext';

export type AuthState =
  | { status: 'loading' }
  /** `sessionEnded`: the user was signed in and the API stopped accepting the session. */
  | { status: 'signed-out'; sessionEnded: boolean }
  | { status: 'signed-in'; user: Me }
  /** `GET /me` failed for a reason other than being signed out (API down, 5xx). */
  | { status: 'error'; error: unknown };

export interface Auth {
  state: AuthState;
  signIn(email: string, password: string): Promise<void>;
  acceptInvite(token: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  updateProfile(changes: UpdateMeInput): Promise<void>;
  /** Asks `GET /me` again, e.g. after the API was unreachable. */
  reload(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale, setTimeZone } = useI18n();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [loadCount, setLoadCount] = useState(0);
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (user) => setState({ status: 'signed-in', user }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          error instanceof ApiError && error.isUnauthorized
            ? { status: 'signed-out', sessionEnded: false }
            : { status: 'error', error },
        );
      },
    );
    return () => controller.abort();
  }, [loadCount]);

  // Any request that finds the session gone (after one refresh attempt) lands here.
  useEffect(
    () =>
      onSignedOut(() => {
        // Whatever was loaded for one person is never shown to whoever signs in next.
        queryClient.clear();
        setState((current) => (current.status === 'signed-in' ? { status: 'signed-out', sessionEnded: true } : current));
      }),
    [queryClient],
  );

  // The user's own settings drive language and timezone once known.
  const user = state.status === 'signed-in' ? state.user : undefined;
  useEffect(() => {
    if (!user) return;
    if (isLocale(user.locale)) setLocale(user.locale);
    setTimeZone(user.timezone);
  }, [user, setLocale, setTimeZone]);

  const signIn = useCallback(async (email: string, password: string) => {
    await authApi.login({ email, password });
    const user = await getMe();
    queryClient.clear();
    setState({ status: 'signed-in', user });
  }, [queryClient]);

  const acceptInvite = useCallback(
    async (token: string, password: string) => {
      await authApi.acceptInvite({ token, password });
      let invited = await getMe();
      if (invited.locale !== locale) {
        // A new account's language is a default nobody chose; keep the one the invitee is
        // reading. Only a preference: the account is ready even if saving it fails.
        invited = await updateMe({ locale }).catch(() => invited);
      }
      queryClient.clear();
      setState({ status: 'signed-in', user: invited });
    },
    [locale, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } catch (error) {
      // A 401 means the session was already gone, which is what signing out wants.
      if (!(error instanceof ApiError && error.isUnauthorized)) throw error;
    }
    queryClient.clear();
    setState({ status: 'signed-out', sessionEnded: false });
  }, [queryClient]);

  const updateProfile = useCallback(async (changes: UpdateMeInput) => {
    const updated = await updateMe(changes);
    setState({ status: 'signed-in', user: updated });
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setLoadCount((count) => count + 1);
  }, []);

  const value = useMemo<Auth>(
    () => ({ state, signIn, acceptInvite, signOut, updateProfile, reload }),
    [state, signIn, acceptInvite, signOut, updateProfile, reload],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): Auth {
  const context = use(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>.');
  return context;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useCurrentUser(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') {
    throw new Error('useCurrentUser needs a signed-in user; render the component behind <RequireAuth>.');
  }
  return state.user;
}
