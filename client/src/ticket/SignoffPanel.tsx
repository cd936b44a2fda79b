import { type FormEvent, useEffect, useState } from 'react';
import { allowed, listSignoffs, signOff } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Member, NewsroomMembership, NewsroomSettings, SignoffList, SignoffPolicy, Ticket } from '../api/types';
import { ErrorNote, formatDate, Section } from '../ui/common';

export function describePolicy(policy: SignoffPolicy | undefined): string {
  if (!policy) return '';
  const parts = Object.entries(policy.required)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([role, n]) => `${n} ${role}${n === 1 ? '' : 's'}`);
  const who = parts.length > 1 ? 'from different members' : '';
  const setter = policy.excludeRatingSetter ? 'not counting whoever set the rating' : '';
  return `Needs approval by ${parts.join(' and ') || 'nobody'}${who ? `, ${who}` : ''}${setter ? `, ${setter}` : ''}.`;
}

export function SignoffPanel(props: {
  slug: string;
  ticket: Ticket;
  membership: NewsroomMembership;
  settings?: NewsroomSettings;
  members: Member[];
  userId: string;
  changed: number;
  onChanged: () => Promise<void>;
}) {
  const { slug, ticket, membership, settings, members, userId, changed, onChanged } = props;
  const [state, setState] = useState<SignoffList>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = () => listSignoffs(slug, ticket.id).then(setState, (failure: unknown) => setError(messageOf(failure)));
  useEffect(() => void load(), [slug, ticket.id, changed]);

  const mayReview = allowed(membership, 'signoff.review') && ticket.status === 'in_review';
  const submit = (decision: 'approve' | 'request_changes') => async (event?: FormEvent) => {
    event?.preventDefault();
    if (decision === 'request_changes' && !note.trim()) return setError('Say what needs to change, so the writers know what to do.');
    setBusy(true);
    setError(undefined);
    try {
      await signOff(slug, ticket.id, decision, note);
      setNote('');
      await load();
      await onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (id: string, fallback?: string) => fallback ?? members.find((m) => m.userId === id)?.displayName ?? 'A member';
  const mine = state?.items.find((s) => s.userId === userId && !s.stale);
  // What the content lacks (no verdict, an empty write-up): nobody can approve it until it is there.
  const incomplete = ticket.status === 'in_review' ? (state?.policy.incomplete ?? undefined) : undefined;

  return (
    <Section title="Sign-off" id="signoff">
      <p className="policy">{describePolicy(settings?.signoffPolicy)}</p>
      <ErrorNote message={error} />
      {state && state.items.length === 0 && <p className="muted">No sign-offs yet.</p>}
      <ul className="signoffs">
        {state?.items.map((s) => (
          <li key={s.id} className={`signoff ${s.stale ? 'stale' : ''}`}>
            <div className="between">
              <span>
                <strong>{nameOf(s.userId, s.name)}</strong> <span className="muted">({s.role})</span>
              </span>
              <span className={`chip decision-${s.decision}`}>{s.decision === 'approve' ? 'Approved' : 'Changes requested'}</span>
            </div>
            <p className="meta">
              version <code title={s.contentHash}>{s.contentHash.slice(0, 8)}</code>
              {state && s.contentHash === state.contentHash && !s.stale && ' (current)'} · {formatDate(s.createdAt, true)}
              {s.stale && (
                <span className="chip stale-chip" title="The verdict or write-up changed after this sign-off: it no longer counts.">
                  Stale: content changed since
                </span>
              )}
            </p>
            {s.note && <p className="note">{s.note}</p>}
          </li>
        ))}
      </ul>
      {incomplete && (
        <p className="policy-incomplete" id="approve-blocked">
          {incomplete}
        </p>
      )}
      {state && ticket.status === 'in_review' && !state.policy.met && !incomplete && state.policy.description && <p className="muted policy-missing">Still needed: {state.policy.description}</p>}
      {state?.policy.met && <p className="policy-met">The sign-off policy is met for the current version.</p>}
      {mayReview && (
        <form className="stack" onSubmit={(e) => void submit('approve')(e)}>
          <label>
            Note {mine ? '(you already signed this version)' : '(optional when approving)'}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || !!incomplete} aria-describedby={incomplete ? 'approve-blocked' : undefined}>
              Approve this version
            </button>
            <button type="button" disabled={busy} onClick={() => void submit('request_changes')()}>
              Request changes
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
