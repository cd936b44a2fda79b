import { type FormEvent, useState } from 'react';
import { login, register } from '../api/desk';
import { messageOf } from '../api/errors';
import { navigate, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { ErrorNote } from '../ui/common';

export function LoginPage() {
  const { reload } = useSession();
  const { search } = useLocation();
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [invitationToken, setInvitationToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'login') await login(email, password);
      else await register(email, password, displayName, invitationToken.trim() || undefined);
      await reload();
      const next = search.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : '/', { replace: true });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <form className="card login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <p className="brand">claimdesk</p>
        <h1 id="login-title">{mode === 'login' ? 'Sign in to the desk' : 'Create your account'}</h1>
        <ErrorNote message={error} />
        {mode === 'register' && (
          <label>
            Your name
            <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} required autoComplete="name" />
          </label>
        )}
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" autoFocus />
        </label>
        <label>
          Password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          />
        </label>
        {mode === 'register' && (
          <label>
            Invitation token (if an admin gave you one)
            <input value={invitationToken} onChange={(e) => setInvitationToken(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Please wait…' : mode === 'login' ? 'Sign in' : 'Create account'}
        </button>
        <button type="button" className="link-button" onClick={() => setMode(mode === 'login' ? 'register' : 'login')}>
          {mode === 'login' ? 'New here? Create an account' : 'Already have an account? Sign in'}
        </button>
      </form>
    </main>
  );
}
