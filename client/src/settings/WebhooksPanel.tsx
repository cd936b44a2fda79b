import { type FormEvent, useEffect, useState } from 'react';
import { addWebhook, listWebhooks, removeWebhook, WEBHOOK_EVENTS } from '../api/desk';
import type { Webhook } from '../api/types';
import { messageOf } from '../api/errors';
import { ErrorNote, Section } from '../ui/common';

export function WebhooksPanel({ slug }: { slug: string }) {
  const [hooks, setHooks] = useState<Webhook[]>([]);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();

  const load = () => listWebhooks(slug).then(setHooks, (failure: unknown) => setError(messageOf(failure)));
  useEffect(() => void load(), [slug]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await addWebhook(slug, url, WEBHOOK_EVENTS);
      setSecret(created.secret);
      setUrl('');
      await load();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <Section title="Webhooks" id="webhooks">
      <p className="muted">The desk tells these addresses when verdicts are published, corrected or retracted (signed, Standard Webhooks).</p>
      <ErrorNote message={error} />
      {secret && (
        <p className="card" role="status">
          Signing secret (shown once, copy it now): <code>{secret}</code>
        </p>
      )}
      <ul className="plain">
        {hooks.map((h) => (
          <li key={h.id} className="between">
            <code>{h.url}</code>
            <button type="button" className="link-button" aria-label={`Remove webhook ${h.url}`} onClick={() => void removeWebhook(slug, h.id).then(load, (f: unknown) => setError(messageOf(f)))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          Endpoint address
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://" />
        </label>
        <button type="submit">Add webhook</button>
      </form>
    </Section>
  );
}
