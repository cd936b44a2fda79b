/** Tokens kept across reloads, per browser profile. */
export interface StoredSession {
  accessToken: string;
  refreshToken?: string;
}

const KEY = 'claimdesk.session';

export function loadSession(): StoredSession | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: StoredSession | undefined): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

/** Login and refresh answers, read leniently: only the token fields matter here. */
export function sessionFromTokens(body: Record<string, unknown>): StoredSession {
  const pick = (...keys: string[]) => keys.map((k) => body[k]).find((v): v is string => typeof v === 'string');
  const accessToken = pick('accessToken', 'access_token', 'token');
  if (!accessToken) throw new Error('the sign-in answer carried no access token');
  return { accessToken, refreshToken: pick('refreshToken', 'refresh_token') };
}
