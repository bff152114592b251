/**
 * The signed-in session. The token is kept in sessionStorage: only this origin's scripts can read
 * it (no other site can), it lasts for this tab only, and sign-out removes it. It is sent as a
 * Bearer header, the way the API's programs use it, so the API needs no cookie and no CSRF token.
 * When the API answers UNAUTHENTICATED (expired, or refused after a password change) the session
 * ends and the guard sends the person to /login, which brings them back afterwards.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';

export interface Session {
  token: string;
  expiresAt: string;
  role: Role;
  displayName: string;
  firmId: string | null;
  firmName: string | null;
  bankId: string | null;
  bankName: string | null;
}

export type EndReason = 'signedOut' | 'expired' | null;

const KEY = 'parkcredit.session';

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return Date.parse(s.expiresAt) > Date.now() ? s : null;
  } catch {
    return null;
  }
}

/** For the explorer page: the token of this tab's session, if any. */
export function currentToken(): string | null {
  return read()?.token ?? null;
}

interface SessionApi {
  session: Session | null;
  endReason: EndReason;
  signIn: (s: Session) => void;
  signOut: () => void;
  expire: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(read);
  const [endReason, setEndReason] = useState<EndReason>(() => (sessionStorage.getItem(KEY) && !read() ? 'expired' : null));
  const end = useCallback((reason: EndReason) => {
    sessionStorage.removeItem(KEY);
    setSession(null);
    setEndReason(reason);
  }, []);
  const api = useMemo<SessionApi>(
    () => ({
      session,
      endReason,
      signIn: (s) => {
        sessionStorage.setItem(KEY, JSON.stringify(s));
        setEndReason(null);
        setSession(s);
      },
      signOut: () => end('signedOut'),
      expire: () => end('expired'),
    }),
    [session, endReason, end],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** Where each role lands after sign-in. */
export function homeOf(role: Role): string {
  return role === 'FIRM' ? '/firm' : role === 'BANK' ? '/bank' : '/office';
}
