import { type FormEvent, useState } from 'react';
import { updateTicket } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Ticket, TicketPriority } from '../api/types';
import { ErrorNote } from '../ui/common';

const PRIORITIES: TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

/** Claim, claimant, where it appeared, tags, priority and due date, edited together. */
export function DetailsForm({ slug, ticket, onDone }: { slug: string; ticket: Ticket; onDone: (changed: boolean) => void }) {
  const [claim, setClaim] = useState(ticket.claim);
  const [claimant, setClaimant] = useState(ticket.claimant ?? '');
  const [appearances, setAppearances] = useState(ticket.appearances.map((a) => a.url).join('\n'));
  const [tags, setTags] = useState(ticket.tags.join(', '));
  const [priority, setPriority] = useState(ticket.priority);
  const [due, setDue] = useState(ticket.dueAt ? ticket.dueAt.slice(0, 10) : '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const kept = new Map(ticket.appearances.map((a) => [a.url, a]));
      await updateTicket(slug, ticket, {
        claim,
        claimant: claimant.trim() || null,
        appearances: appearances
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((url) => ({ ...kept.get(url), url }) as { url: string }),
        tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
        priority,
        dueAt: due ? new Date(`${due}T17:00:00`).toISOString() : null,
      });
      onDone(true);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack details-form" onSubmit={(e) => void submit(e)} aria-label="Edit ticket details" onKeyDown={(e) => e.key === 'Escape' && onDone(false)}>
      <ErrorNote message={error} />
      <label>
        Claim
        <textarea value={claim} onChange={(e) => setClaim(e.target.value)} required rows={2} autoFocus />
      </label>
      <div className="row">
        <label>
          Claimant
          <input value={claimant} onChange={(e) => setClaimant(e.target.value)} />
        </label>
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value as TicketPriority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      <label>
        Where the claim appeared (one link per line)
        <textarea value={appearances} onChange={(e) => setAppearances(e.target.value)} rows={2} placeholder="https://" />
      </label>
      <label>
        Tags (comma separated)
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save details
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
