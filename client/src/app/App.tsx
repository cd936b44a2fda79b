import { lazy, Suspense, useEffect } from 'react';
import { allowed } from '../api/desk';
import { IntakePage } from '../intake/IntakePage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { QueuePage } from '../pages/QueuePage';
import { SettingsPage } from '../settings/SettingsPage';
import { Spinner } from '../ui/common';
import { Link, matchRoute, navigate, paths, useLocation } from './router';
import { SessionProvider, useSession } from './session';

// The ticket screen carries the editor (TipTap, Yjs): load it only when a ticket is opened.
const TicketPage = lazy(() => import('../ticket/TicketPage').then((m) => ({ default: m.TicketPage })));

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { path } = useLocation();
  const route = matchRoute(path);
  const { me, loading, signOut } = useSession();

  useEffect(() => {
    if (!loading && !me && route.name !== 'login') navigate(`/login?next=${encodeURIComponent(path)}`, { replace: true });
  }, [loading, me, route.name, path]);

  if (route.name === 'login') return <LoginPage />;
  if (loading || !me) return <Spinner label="Opening the desk" />;

  const slug = 'slug' in route ? route.slug : undefined;
  const membership = slug ? me.newsrooms.find((n) => n.slug === slug) : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          claimdesk
        </Link>
        {membership && (
          <nav aria-label="Newsroom">
            <Link href={paths.queue(membership.slug)} className="topbar-link">
              {membership.name} <span className="muted">· {membership.role}</span>
            </Link>
            {allowed(membership, 'intake.read') && (
              <Link href={paths.intake(membership.slug)} className="topbar-link" aria-current={route.name === 'intake' ? 'page' : undefined}>
                Intake
              </Link>
            )}
            {/* Every member reads the outlet register there; only admins change the rest. */}
            {(membership.role === 'admin' || allowed(membership, 'intake.read')) && (
              <Link href={paths.settings(membership.slug)} className="topbar-link">
                Settings
              </Link>
            )}
          </nav>
        )}
        <div className="topbar-user">
          <span aria-label="Signed in as">{me.user.displayName}</span>
          <button type="button" className="quiet" onClick={() => void signOut().then(() => navigate('/login'))}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {slug && !membership && <NotFound />}
        {membership && route.name === 'queue' && <QueuePage key={membership.slug} membership={membership} />}
        {membership && route.name === 'ticket' && (
          <Suspense fallback={<Spinner label="Opening the ticket" />}>
            <TicketPage key={route.ticketId} membership={membership} ticketId={route.ticketId} />
          </Suspense>
        )}
        {membership && route.name === 'settings' && <SettingsPage membership={membership} />}
        {membership && route.name === 'intake' && <IntakePage key={membership.slug} membership={membership} />}
        {route.name === 'missing' && <NotFound />}
      </main>
    </>
  );
}

function NotFound() {
  return (
    <div className="narrow">
      <h1>Not found</h1>
      <p>This page does not exist, or you are not a member of that newsroom.</p>
      <Link href="/">Back to your newsrooms</Link>
    </div>
  );
}
