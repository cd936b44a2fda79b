import { type FormEvent, useState } from 'react';
import { acceptInvitation } from '../api/desk';
import { messageOf } from '../api/errors';
import { navigate, paths } from '../app/router';
import { useSession } from '../app/session';
import { ErrorNote } from '../ui/common';

/** A signed-in person joins a newsroom with the token its admin gave them (only people join, nobody is added). */
export function AcceptInvitationForm() {
  const { reload } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const accept = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const joined = await acceptInvitation(token.trim());
      await reload();
      navigate(paths.queue(joined.slug));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void accept(e)} aria-labelledby="accept-invitation">
      <h2 id="accept-invitation">Join with an invitation</h2>
      <ErrorNote message={error} />
      <label>
        Invitation token
        <input value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" spellCheck={false} />
      </label>
      <button type="submit" disabled={busy}>
        Join newsroom
      </button>
    </form>
  );
}
