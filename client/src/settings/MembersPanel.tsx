import { type FormEvent, useEffect, useState } from 'react';
import { ROLES } from '../../../src/access/roles';
import { addMember, changeRole, listMembers, removeMember } from '../api/desk';
import { ApiError, messageOf } from '../api/errors';
import type { Member, Role } from '../api/types';
import { ErrorNote, Section } from '../ui/common';

export function MembersPanel({ slug }: { slug: string }) {
  const [members, setMembers] = useState<Member[]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('researcher');
  const [error, setError] = useState<string>();

  const load = () => listMembers(slug).then(setMembers, (failure: unknown) => setError(messageOf(failure)));
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

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      addMember(slug, email, role).then(
        () => setEmail(''),
        (failure: unknown) => {
          if (failure instanceof ApiError && failure.code === 'not_found') {
            throw new ApiError(404, 'not_found', 'No account uses this email yet. Ask them to create an account on the desk, then add them here.');
          }
          throw failure;
        },
      ),
    );
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
      <form className="inline-form" onSubmit={add}>
        <label>
          Email
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="Role for the new member">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add member</button>
      </form>
    </Section>
  );
}
