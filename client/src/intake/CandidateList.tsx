import { useRef, useState } from 'react';
import { actOnCandidates, type Article, type Candidate } from '../api/intake';
import { messageOf } from '../api/errors';
import { ErrorNote } from '../ui/common';
import { CandidateItem, type Outcome } from './CandidateItem';
import { actionsOf, type Choice, idempotencyKey } from './intake-rules';

interface Props {
  slug: string;
  article: Article;
  canAct: boolean;
  chosen: ReadonlyMap<string, Choice>;
  onChosen: (next: Map<string, Choice>) => void;
  onApplied: () => Promise<void>;
}

/**
 * The candidates, best first. Selected ones become new tickets or join a
 * same-claim ticket, all in one request (all or nothing on the server).
 */
export function CandidateList({ slug, article, canAct, chosen, onChosen, onApplied }: Props) {
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Outcome>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  // Retrying the same plan reuses its key, so a lost answer never creates tickets twice.
  const attempt = useRef<{ body: string; key: string } | undefined>(undefined);
  const order = article.candidates.map((c) => c.id);
  const actions = actionsOf(order, chosen);

  const select = (id: string, selected: boolean) => {
    const next = new Map(chosen);
    if (selected) next.set(id, 'new');
    else next.delete(id);
    onChosen(next);
  };
  const choose = (id: string, choice: Choice) => onChosen(new Map(chosen).set(id, choice));

  const apply = async () => {
    const body = JSON.stringify(actions);
    if (attempt.current?.body !== body) attempt.current = { body, key: idempotencyKey() };
    setBusy(true);
    setError(undefined);
    try {
      const results = await actOnCandidates(slug, article.id, actions, attempt.current.key);
      attempt.current = undefined;
      setOutcomes((prev) => new Map([...prev, ...results.map((r) => [r.candidateId, r] as const)]));
      const created = results.filter((r) => r.created).map((r) => `#${r.ticketNumber}`);
      const joined = results.filter((r) => !r.created).map((r) => `#${r.ticketNumber}`);
      setAnnouncement([created.length ? `Created ${created.join(', ')}` : '', joined.length ? `Added the article to ${joined.join(', ')}` : ''].filter(Boolean).join('; ') + '.');
      onChosen(new Map());
      await onApplied();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const creating = actions.filter((a) => !a.ticketId).length;
  const joining = actions.length - creating;
  const plan = [creating > 0 && `${creating} new ${creating === 1 ? 'ticket' : 'tickets'}`, joining > 0 && `${joining} added to existing`].filter(Boolean).join(', ');
  return (
    <div className="candidates">
      {article.candidates.length === 0 ? (
        <p className="empty">The desk found no check-worthy sentence in this article.</p>
      ) : (
        <ol className="candidate-list" aria-label="Claim candidates">
          {article.candidates.map((c) => (
            <CandidateItem
              key={c.id}
              slug={slug}
              candidate={c}
              choice={chosen.get(c.id)}
              selectable={canAct && !c.ticketId}
              outcome={outcomes.get(c.id) ?? linkedOf(c)}
              onSelect={(selected) => select(c.id, selected)}
              onChoose={(choice) => choose(c.id, choice)}
            />
          ))}
        </ol>
      )}
      <p className="announcement" role="status">
        {announcement}
      </p>
      {canAct && actions.length > 0 && (
        <div className="apply-bar" role="group" aria-label="Apply to the selected candidates">
          <ErrorNote message={error} />
          <span className="summary">
            {actions.length} selected
            <span className="muted"> · {plan}</span>{' '}
            <button type="button" className="link-button" aria-label="Clear the selection" onClick={() => onChosen(new Map())} disabled={busy}>
              Clear
            </button>
          </span>
          <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
            {busy ? 'Applying…' : `Apply to ${actions.length} ${actions.length === 1 ? 'candidate' : 'candidates'}`}
          </button>
        </div>
      )}
    </div>
  );
}

/** A candidate acted on earlier: the ticket it became or joined. */
function linkedOf(c: Candidate): Outcome | undefined {
  if (!c.ticketId) return undefined;
  return { ticketId: c.ticketId, ticketNumber: c.ticketNumber ?? undefined };
}
