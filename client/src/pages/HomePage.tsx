import { type FormEvent, useEffect, useState } from 'react';
import { createNewsroom } from '../api/desk';
import { messageOf } from '../api/errors';
import { Link, navigate, paths } from '../app/router';
import { useSession } from '../app/session';
import { ErrorNote } from '../ui/common';
import { AcceptInvitationForm } from './AcceptInvitationForm';

/** Pick a newsroom (straight through when there is only one), or start one. */
export function HomePage() {
  const { me, reload } = useSession();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [error, setError] = useState<string>();
  const newsrooms = me?.newsrooms ?? [];

  useEffect(() => {
    if (newsrooms.length === 1 && !sessionStorage.getItem('claimdesk.picked')) {
      sessionStorage.setItem('claimdesk.picked', '1');
      navigate(paths.queue(newsrooms[0]!.slug), { replace: true });
    }
  }, [newsrooms]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const chosen = slug || name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      await createNewsroom(name, chosen);
      await reload();
      navigate(paths.queue(chosen));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <div className="narrow">
      <h1>Your newsrooms</h1>
      {newsrooms.length === 0 && <p>You are not a member of any newsroom yet. Ask an admin to invite you and join with their token, or start one below.</p>}
      <ul className="newsroom-list">
        {newsrooms.map((n) => (
          <li key={n.slug}>
            <Link href={paths.queue(n.slug)} className="newsroom-link">
              <strong>{n.name}</strong>
              <span className="muted">{n.role}</span>
            </Link>
          </li>
        ))}
      </ul>
      <AcceptInvitationForm />
      <form className="card stack" onSubmit={(e) => void create(e)} aria-labelledby="new-newsroom">
        <h2 id="new-newsroom">Start a newsroom</h2>
        <ErrorNote message={error} />
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          Short name in addresses (optional)
          <input value={slug} onChange={(e) => setSlug(e.target.value)} pattern="[a-z0-9-]+" placeholder="e.g. city-desk" />
        </label>
        <button type="submit">Create newsroom</button>
      </form>
    </div>
  );
}
