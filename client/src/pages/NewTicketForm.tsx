import { type FormEvent, useState } from 'react';
import { createTicket } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Ticket } from '../api/types';
import { ErrorNote } from '../ui/common';

export function NewTicketForm({ slug, onDone }: { slug: string; onDone: (ticket?: Ticket) => void }) {
  const [claim, setClaim] = useState('');
  const [claimant, setClaimant] = useState('');
  const [url, setUrl] = useState('');
  const [tags, setTags] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const ticket = await createTicket(slug, {
        claim,
        claimant: claimant || undefined,
        appearances: url ? [{ url }] : undefined,
        tags: tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined,
        dueAt: due ? new Date(`${due}T17:00:00`).toISOString() : undefined,
      });
      onDone(ticket);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack new-ticket" onSubmit={(e) => void submit(e)} aria-labelledby="new-ticket-title" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <h2 id="new-ticket-title">New ticket</h2>
      <ErrorNote message={error} />
      <label>
        Claim
        <textarea value={claim} onChange={(e) => setClaim(e.target.value)} required rows={2} autoFocus placeholder="The exact words, as said or written" />
      </label>
      <div className="row">
        <label>
          Claimant
          <input value={claimant} onChange={(e) => setClaimant(e.target.value)} placeholder="Who said it" />
        </label>
        <label>
          Where it appeared (link)
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
      </div>
      <div className="row">
        <label>
          Tags (comma separated)
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <label>
          Due
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Create ticket
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
