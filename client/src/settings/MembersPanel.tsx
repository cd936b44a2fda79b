import { type FormEvent, useEffect, useState } from 'react';
import { ROLES } from '../../../src/access/roles';
import { changeRole, inviteMember, listInvitations, listMembers, removeMember, withdrawInvitation } from '../api/desk';
import { messageOf } from '../api/errors';
import type { CreatedInvitation, Invitation, Member, Role } from '../api/types';
import { ErrorNote, formatDate, Section } from '../ui/common';

/**
 * Members, their roles, and invitations. People are invited, never added: the
 * desk answers the same whether or not an account uses the email, and nobody
 * joins until they accept.
 */
export function MembersPanel({ slug }: { slug: string }) {
  const [members, setMembers] = useState<Member[]>([]);
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('researcher');
  const [invited, setInvited] = useState<CreatedInvitation>();
  const [error, setError] = useState<string>();

  const load = () =>
    Promise.all([listMembers(slug), listInvitations(slug)]).then(
      ([nextMembers, nextInvitations]) => {
        setMembers(nextMembers);
        setInvitations(nextInvitations);
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  useEffect(() => void load(), [slug]);

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
      await load();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  const invite = (event: FormEvent) => {
    event.preventDefault();
    setInvited(undefined);
    void run(async () => {
      setInvited(await inviteMember(slug, email, role));
      setEmail('');
    });
  };

  return (
    <Section title="Members and roles" id="members">
      <ErrorNote message={error} />
      <ul className="plain members">
        {members.map((m) => (
          <li key={m.userId} className="between">
            <span>
              {m.displayName} {m.email && <span className="muted">{m.email}</span>}
            </span>
            <span className="inline-form">
              <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                Role of {m.displayName}
              </label>
              <select id={`role-${m.userId}`} value={m.role} onChange={(e) => void run(() => changeRole(slug, m.userId, e.target.value as Role))}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              <button type="button" className="link-button" aria-label={`Remove ${m.displayName}`} onClick={() => void run(() => removeMember(slug, m.userId))}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
      {invitations.length > 0 && (
        <>
          <h3>Pending invitations</h3>
          <ul className="plain invitations" aria-label="Pending invitations">
            {invitations.map((i) => (
              <li key={i.id} className="between">
                <span>
                  {i.email} <span className="muted">as {i.role}, until {formatDate(i.expiresAt)}</span>
                </span>
                <button type="button" className="link-button" aria-label={`Withdraw the invitation for ${i.email}`} onClick={() => void run(() => withdrawInvitation(slug, i.id))}>
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {invited && (
        <div className="card" role="status">
          <p>
            Invitation for {invited.email} as {invited.role}. Give them this token (shown once, single use, valid until {formatDate(invited.expiresAt)}):
          </p>
          <p>
            <code>{invited.token}</code>
          </p>
          <p className="muted">They join when they accept it: by creating an account with it, or, if they already have an account under this email, by accepting it once signed in.</p>
        </div>
      )}
      <form className="inline-form" onSubmit={invite}>
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="Role for the invitee">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Invite</button>
      </form>
    </Section>
  );
}
