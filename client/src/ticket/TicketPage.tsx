import { useCallback, useEffect, useRef, useState } from 'react';
import { allowed, getSettings, getTicket, listMembers, type TicketDetail, transition } from '../api/desk';
import { messageOf } from '../api/errors';
import type { Member, NewsroomMembership, NewsroomSettings, Ticket } from '../api/types';
import { useNewsroomEvents } from '../app/events';
import { Link, paths } from '../app/router';
import { useSession } from '../app/session';
import { ErrorNote, formatDate, Section, StatusBadge } from '../ui/common';
import { AssigneesPanel } from './AssigneesPanel';
import { DetailsForm } from './DetailsForm';
import { EvidencePanel } from './EvidencePanel';
import { HistoryPanel } from './HistoryPanel';
import { nextSteps, type Step } from './next-steps';
import { PublishPanel } from './PublishPanel';
import { SignoffPanel } from './SignoffPanel';
import { takeTicket } from './take-ticket';
import { SimilarPanel } from './SimilarPanel';
import { VerdictForm } from './VerdictForm';
import { WriteupEditor } from './WriteupEditor';

const EDITABLE = ['researching', 'drafting', 'in_review'];
// As the server decides: evidence stays open until a verdict is approved; the claim freezes then too.
const EVIDENCE_OPEN = ['new', 'assigned', 'researching', 'drafting', 'in_review'];
const CLAIM_FROZEN = ['approved', 'published', 'retracted'];

export function TicketPage({ membership, ticketId }: { membership: NewsroomMembership; ticketId: string }) {
  const { me } = useSession();
  const user = me!.user;
  const slug = membership.slug;
  const [detail, setDetail] = useState<TicketDetail>();
  const ticket = detail?.ticket;
  const [settings, setSettings] = useState<NewsroomSettings>();
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string>();
  const [changed, setChanged] = useState(0);
  const [editingDetails, setEditingDetails] = useState(false);

  // Reloads overlap (an event and a save at once): only the latest request may land.
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await getTicket(slug, ticketId);
      if (mine !== generation.current) return;
      setDetail(next);
      setChanged((n) => n + 1);
      setError(undefined);
    } catch (failure) {
      if (mine === generation.current) setError(messageOf(failure));
    }
  }, [slug, ticketId]);

  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    getSettings(slug).then((s) => setSettings(s.settings), () => undefined);
    listMembers(slug).then(setMembers, () => undefined);
  }, [slug]);

  useNewsroomEvents(slug, (event) => {
    const id = (event.data.ticketId ?? (event.data.ticket as { id?: string } | undefined)?.id ?? event.data.id) as string | undefined;
    if (id === ticketId) void reload();
  });

  if (!detail || !ticket) {
    return <div className="page">{error ? <ErrorNote message={error} /> : <p role="status">Loading the ticket…</p>}</div>;
  }

  const editReason = !allowed(membership, 'writeup.edit', ticket, user.id)
    ? membership.role === 'viewer'
      ? 'Viewers can read the write-up but not change it.'
      : 'Only members assigned to this ticket, reviewers and editors can change the write-up.'
    : !EDITABLE.includes(ticket.status)
      ? `The write-up is frozen while the ticket is ${ticket.status.replace('_', ' ')}.`
      : undefined;

  return (
    <div className="page ticket-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={paths.queue(slug)}>Queue</Link> <span aria-hidden="true">›</span> <span>Ticket #{ticket.number}</span>
      </nav>
      <header className="ticket-head">
        <div>
          <p className="muted">
            #{ticket.number} · {ticket.priority} priority{ticket.dueAt ? ` · due ${formatDate(ticket.dueAt)}` : ''}
          </p>
          <h1 className="claim">“{ticket.claim}”</h1>
          {ticket.claimant && <p className="claimant">— {ticket.claimant}</p>}
          {allowed(membership, 'ticket.update', ticket, user.id) && !CLAIM_FROZEN.includes(ticket.status) && !editingDetails && (
            <button type="button" className="link-button" onClick={() => setEditingDetails(true)}>
              Edit details
            </button>
          )}
          {ticket.tags.length > 0 && (
            <p className="tags">
              {ticket.tags.map((t) => (
                <Link key={t} className="tag" href={`${paths.queue(slug)}?tag=${encodeURIComponent(t)}`}>
                  {t}
                </Link>
              ))}
            </p>
          )}
        </div>
        <div className="status-box">
          <StatusBadge status={ticket.status} />
          <Transitions ticket={ticket} membership={membership} userId={user.id} settings={settings} onMoved={() => void reload()} onError={setError} />
        </div>
      </header>
      <ErrorNote message={error} onDismiss={() => setError(undefined)} />
      {editingDetails && (
        <DetailsForm
          slug={slug}
          ticket={ticket}
          onDone={(saved) => {
            setEditingDetails(false);
            if (saved) void reload();
          }}
        />
      )}
      <div className="ticket-grid">
        <div className="ticket-main">
          <Section title="Write-up" id="writeup">
            <WriteupEditor ticketId={ticket.id} user={user} readOnlyReason={editReason} onContentChange={() => setChanged((n) => n + 1)} />
          </Section>
          <VerdictForm slug={slug} ticket={ticket} settings={settings} canEdit={allowed(membership, 'verdict.write', ticket, user.id) && EDITABLE.includes(ticket.status)} onSaved={() => void reload()} />
          <EvidencePanel slug={slug} ticket={ticket} items={detail.evidence} canEdit={allowed(membership, 'evidence.write', ticket, user.id) && EVIDENCE_OPEN.includes(ticket.status)} onChanged={reload} />
        </div>
        <aside className="ticket-side">
          <SignoffPanel slug={slug} ticket={ticket} membership={membership} settings={settings} members={members} userId={user.id} changed={changed} onChanged={reload} />
          <PublishPanel slug={slug} ticket={ticket} membership={membership} onChanged={reload} />
          <AssigneesPanel slug={slug} ticket={ticket} members={members} canAssign={allowed(membership, 'ticket.assign')} onChanged={reload} />
          {ticket.appearances.length > 0 && (
            <Section title="Appearances" id="appearances">
              <ul className="plain">
                {ticket.appearances.map((a) => (
                  <li key={a.url}>
                    <a href={a.url} target="_blank" rel="noreferrer noopener">
                      {a.title ?? a.outlet ?? a.url}
                    </a>
                    {a.publishedAt && <span className="muted"> · {formatDate(a.publishedAt)}</span>}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <SimilarPanel slug={slug} ticketId={ticket.id} changed={ticket.version} />
          <HistoryPanel entries={detail.history} members={members} ratingScale={settings?.ratingScale} />
        </aside>
      </div>
    </div>
  );
}

function Transitions(props: { ticket: Ticket; membership: NewsroomMembership; userId: string; settings?: NewsroomSettings; onMoved: () => void; onError: (m: string) => void }) {
  const { ticket, membership, userId, settings, onMoved, onError } = props;
  const [asking, setAsking] = useState<Step>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const steps = nextSteps(ticket, membership, userId, settings);
  if (steps.length === 0) return null;

  const move = async (step: Step) => {
    if (step.blocked) return;
    if (step.needsNote && !asking) return setAsking(step);
    setBusy(true);
    try {
      if (step.action === 'take') await takeTicket(membership.slug, ticket);
      else await transition(membership.slug, ticket, step.to, note);
      onMoved();
      setAsking(undefined);
      setNote('');
    } catch (failure) {
      onError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="transitions" role="group" aria-label="Next steps">
      {!asking &&
        steps.map((step) => (
          <span key={step.action} className="step">
            <button
              type="button"
              className={step.tone === 'danger' ? 'danger' : 'primary'}
              disabled={busy || !!step.blocked}
              aria-describedby={step.blocked ? `blocked-${step.action}` : undefined}
              onClick={() => void move(step)}
            >
              {step.label}
            </button>
            {step.blocked && (
              <span id={`blocked-${step.action}`} className="muted step-blocked">
                {step.blocked}
              </span>
            )}
          </span>
        ))}
      {asking && (
        <form className="stack" onSubmit={(e) => (e.preventDefault(), void move(asking))}>
          <label>
            Note for your colleagues ({asking.label.toLowerCase()})
            <textarea value={note} onChange={(e) => setNote(e.target.value)} required rows={2} autoFocus />
          </label>
          <div className="actions">
            <button type="submit" className={asking.tone === 'danger' ? 'danger' : 'primary'} disabled={busy}>
              {asking.label}
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
