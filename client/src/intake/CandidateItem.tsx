import type { Candidate, ClaimMatch } from '../api/intake';
import { Link, paths } from '../app/router';
import { StatusBadge } from '../ui/common';
import { type Choice, orderedMatches, percent, strengthOf } from './intake-rules';

export interface Outcome {
  ticketId: string;
  ticketNumber?: number;
  created?: boolean;
}

interface Props {
  slug: string;
  candidate: Candidate;
  /** Undefined when the member may not act or the candidate is already linked. */
  choice: Choice | undefined;
  selectable: boolean;
  outcome: Outcome | undefined;
  onSelect: (selected: boolean) => void;
  onChoose: (choice: Choice) => void;
}

/** One claim candidate: the sentence, why it scored, who said it, and what the desk already has on it. */
export function CandidateItem({ slug, candidate: c, choice, selectable, outcome, onSelect, onChoose }: Props) {
  // The ticket it became is already named above: not a match of itself.
  const matches = orderedMatches(c.matches).filter((m) => m.ticketId !== outcome?.ticketId);
  const joinable = matches.filter((m) => m.sameClaim);
  const related = matches.filter((m) => !m.sameClaim);
  const textId = `candidate-text-${c.id}`;
  return (
    <li className={`candidate${choice ? ' chosen' : ''}${outcome ? ' acted' : ''}`} id={`candidate-${c.id}`} aria-labelledby={textId} tabIndex={-1}>
      <div className="candidate-head">
        {selectable && <input type="checkbox" checked={!!choice} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select candidate ${c.rank}`} />}
        <p className="candidate-text" id={textId}>
          {c.text}
        </p>
        <span className={`score strength-${strengthOf(c.score)}`} title="Check-worthiness">
          {percent(c.score)}
        </span>
      </div>
      <p className="reasons" aria-label="Why it scored">
        {c.reasons.map((r) => (
          <span key={r.code + r.label} className={`chip${r.weight < 0 ? ' negative' : ''}`} title={`${r.weight > 0 ? '+' : ''}${r.weight}`}>
            {r.label}
          </span>
        ))}
      </p>
      {c.claimant && <p className="meta">Claimant: {c.claimant}</p>}
      {outcome && (
        <p className="outcome" role="status">
          {outcome.created === false ? 'Added to ' : outcome.created ? 'Became ' : 'Linked to '}
          <Link href={paths.ticket(slug, outcome.ticketId)}>{outcome.ticketNumber ? `ticket #${outcome.ticketNumber}` : 'its ticket'}</Link>
        </p>
      )}
      {choice && (
        <label className="choice">
          What to do with it
          <select value={choice === 'new' ? 'new' : choice.join} onChange={(e) => onChoose(e.target.value === 'new' ? 'new' : { join: e.target.value })}>
            <option value="new">New ticket</option>
            {joinable.map((m) => (
              <option key={m.ticketId} value={m.ticketId}>
                Add to #{m.number}: {m.claim.length > 60 ? `${m.claim.slice(0, 60)}…` : m.claim}
              </option>
            ))}
          </select>
        </label>
      )}
      {joinable.length > 0 && (
        <div className="matches">
          <h3>Same claim in the desk</h3>
          <MatchList slug={slug} matches={joinable} />
        </div>
      )}
      {related.length > 0 && (
        <details className="matches related">
          <summary>
            {related.length} related {related.length === 1 ? 'ticket' : 'tickets'}
          </summary>
          <MatchList slug={slug} matches={related} />
        </details>
      )}
      {c.factChecks.length > 0 && (
        <div className="matches fact-checks">
          <h3>Already fact-checked</h3>
          <ul className="plain">
            {c.factChecks.map((f) => (
              <li key={f.id}>
                <span className="rating">{f.rating}</span>
                {f.retracted && <span className="badge status-retracted">Retracted</span>} by {f.newsroomName}:{' '}
                <a href={f.url} target="_blank" rel="noreferrer noopener">
                  {f.claim}
                </a>
                <span className="meta reason">
                  {f.sameClaim ? 'Same claim' : 'Related'} · {f.reason}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function MatchList({ slug, matches }: { slug: string; matches: ClaimMatch[] }) {
  return (
    <ul className="plain">
      {matches.map((m) => (
        <li key={m.ticketId}>
          {m.sameClaim && <span className="badge same-claim">Same claim</span>} <Link href={paths.ticket(slug, m.ticketId)}>#{m.number}</Link> {m.claim} <StatusBadge status={m.status} />
          <span className="meta reason">{m.reason}</span>
        </li>
      ))}
    </ul>
  );
}
