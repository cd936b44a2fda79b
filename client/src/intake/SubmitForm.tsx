import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { type Article, submitArticle } from '../api/intake';
import { ApiError, messageOf } from '../api/errors';
import { ErrorNote } from '../ui/common';
import { ACCEPTED_FILES, formatOfFile, idempotencyKey, publishedAtOf, withoutControls } from './intake-rules';

/** Larger files are not articles; the desk refuses text over 200,000 characters anyway (INTAKE_MAX_CHARS). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface Fields {
  text: string;
  format: 'auto' | 'text' | 'html';
  url: string;
  outlet: string;
  title: string;
  date: string;
}

const EMPTY: Fields = { text: '', format: 'auto', url: '', outlet: '', title: '', date: '' };

/** Paste an article or drop/choose a file, add what is known about it, and send it for analysis. */
export function SubmitForm({ slug, onSubmitted }: { slug: string; onSubmitted: (article: Article) => void }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [fileName, setFileName] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // One key per content: a retry after a lost answer returns the first article, not a second one.
  const key = useRef<string | undefined>(undefined);
  const set = (patch: Partial<Fields>) => {
    key.current = undefined;
    setFields((prev) => ({ ...prev, ...patch }));
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    const format = formatOfFile(file.name);
    if (!format) return setError(`“${file.name}” is not a text, Markdown or HTML file. Choose a .txt, .md, .html or .htm file, or paste the article.`);
    if (file.size > MAX_FILE_BYTES) return setError(`“${file.name}” is too large to be an article.`);
    set({ text: await file.text(), format });
    setFileName(file.name);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    key.current ??= idempotencyKey();
    try {
      const article = await submitArticle(slug, { text: withoutControls(fields.text), format: fields.format, url: fields.url.trim(), outlet: fields.outlet.trim(), title: fields.title.trim(), publishedAt: publishedAtOf(fields.date) }, key.current);
      setFields(EMPTY);
      setFileName(undefined);
      key.current = undefined;
      onSubmitted(article);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.code === 'payload_too_large' ? 'This article is too long for the desk (200,000 characters at most). Paste only the story itself.' : messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel stack intake-form" aria-label="Submit an article" onSubmit={(e) => void submit(e)}>
      <h2>New article</h2>
      <ErrorNote message={error} />
      <label className={`dropzone${dragging ? ' dragging' : ''}`} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={drop}>
        Article text or HTML
        <textarea
          value={fields.text}
          onChange={(e) => {
            setFileName(undefined);
            set({ text: e.target.value, format: 'auto' });
          }}
          rows={9}
          required
          placeholder="Paste the article here, or drop a .txt, .md or .html file"
        />
      </label>
      <div className="between file-row">
        <label className="file-pick">
          <span className="button">Choose a file…</span>
          <input type="file" accept={ACCEPTED_FILES} className="visually-hidden" aria-label="Choose a file" onChange={(e) => void readFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </label>
        <span className="muted file-name" role="status">
          {fileName ? `Read from ${fileName}${fields.format === 'html' ? ' (HTML)' : ''}` : `${fields.text.length.toLocaleString()} characters`}
        </span>
      </div>
      <label>
        Link to the article
        <input type="url" value={fields.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://" />
      </label>
      <div className="row">
        <label>
          Outlet
          <input value={fields.outlet} onChange={(e) => set({ outlet: e.target.value })} maxLength={200} />
        </label>
        <label>
          Published on
          <input type="date" value={fields.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
      </div>
      <label>
        Headline
        <input value={fields.title} onChange={(e) => set({ title: e.target.value })} maxLength={500} />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !fields.text.trim()}>
          {busy ? 'Reading the article…' : 'Find claims'}
        </button>
      </div>
    </form>
  );
}
