import { useState } from 'react';
import { addAssignee, removeAssignee } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Member, Ticket } from '../api/types';
import { ErrorNote, Section } from '../ui/common';

export function AssigneesPanel({ slug, ticket, members, canAssign, onChanged }: { slug: string; ticket: Ticket; members: Member[]; canAssign: boolean; onChanged: () => Promise<void> }) {
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string>();
  const nameOf = (id: string) => ticket.assignees.find((a) => a.userId === id)?.displayName ?? members.find((m) => m.userId === id)?.displayName ?? 'Member';
  const candidates = members.filter((m) => m.role !== 'viewer' && !ticket.assignees.some((a) => a.userId === m.userId));

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <Section title="Assignees" id="assignees">
      <ErrorNote message={error} />
      {ticket.assignees.length === 0 && <p className="muted">Nobody is assigned yet.</p>}
      <ul className="plain">
        {ticket.assignees.map((a) => (
          <li key={a.userId} className="between">
            <span>{nameOf(a.userId)}</span>
            {canAssign && (
              <button type="button" className="link-button" aria-label={`Unassign ${nameOf(a.userId)}`} onClick={() => void run(() => removeAssignee(slug, ticket, a.userId))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canAssign && candidates.length > 0 && (
        <form className="inline-form" onSubmit={(e) => (e.preventDefault(), choice && void run(() => addAssignee(slug, ticket, choice, members.find((m) => m.userId === choice)?.role === 'researcher' ? 'researcher' : 'reviewer').then(() => setChoice(''))))}>
          <label className="visually-hidden" htmlFor="assign-select">
            Assign a member
          </label>
          <select id="assign-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a member…</option>
            {candidates.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName} ({m.role})
              </option>
            ))}
          </select>
          <button type="submit" disabled={!choice}>
            Assign
          </button>
        </form>
      )}
    </Section>
  );
}
