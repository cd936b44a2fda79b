import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { fetchMe, logout } from '../api/desk';
import { ApiError } from '../api/errors';
import { onSignedOut } from '../api/http';
import { loadSession } from '../api/session';
import type { Me, NewsroomMembership } from '../api/types';

interface SessionValue {
  me: Me | undefined;
  loading: boolean;
  error: string | undefined;
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
  membership: (slug: string) => NewsroomMembership | undefined;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    if (!loadSession()) {
      setMe(undefined);
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      setMe(await fetchMe());
      setError(undefined);
    } catch (failure) {
      setMe(undefined);
      if (!(failure instanceof ApiError && failure.status === 401)) setError((failure as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    return onSignedOut(() => setMe(undefined));
  }, [reload]);

  const signOut = useCallback(async () => {
    await logout(loadSession()?.refreshToken);
    setMe(undefined);
  }, []);

  const membership = useCallback((slug: string) => me?.newsrooms.find((n) => n.slug === slug), [me]);

  return <SessionContext.Provider value={{ me, loading, error, reload, signOut, membership }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
