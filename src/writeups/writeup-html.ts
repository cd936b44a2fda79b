import type { PmMark, PmNode } from './writeup-content.js';

/**
 * Renders the write-up's ProseMirror JSON as HTML for public pages. Only the
 * StarterKit vocabulary is rendered; every text and attribute is escaped,
 * links keep http(s) targets only, and anything unknown is reduced to its
 * escaped text, so editor content can never inject markup or script.
 */
export function renderHtml(doc: PmNode | null | undefined): string {
  if (!doc || typeof doc !== 'object') return '';
  return renderNode(doc, 0);
}

const MAX_DEPTH = 64;

const BLOCKS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  listItem: 'li',
};

function renderNode(node: PmNode, depth: number): string {
  if (depth > MAX_DEPTH || !node || typeof node !== 'object') return '';
  const inner = () => renderChildren(node, depth);
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return renderText(node);
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'heading': {
      const level = clampInt(node.attrs?.level, 1, 6, 2);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'orderedList': {
      const start = clampInt(node.attrs?.start, 1, 1_000_000, 1);
      return start === 1 ? `<ol>${inner()}</ol>` : `<ol start="${start}">${inner()}</ol>`;
    }
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' && /^[a-z0-9+#-]{1,32}$/i.test(node.attrs.language) ? node.attrs.language : undefined;
      const code = language ? `<code class="language-${language}">` : '<code>';
      return `<pre>${code}${plainText(node, depth)}</code></pre>`;
    }
    default: {
      const tag = BLOCKS[node.type];
      return tag ? `<${tag}>${inner()}</${tag}>` : inner();
    }
  }
}

function renderChildren(node: PmNode, depth: number): string {
  return Array.isArray(node.content) ? node.content.map((child) => renderNode(child, depth + 1)).join('') : '';
}

function plainText(node: PmNode, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return escapeHtml(String(node.text ?? ''));
  if (node.type === 'hardBreak') return '\n';
  return Array.isArray(node.content) ? node.content.map((child) => plainText(child, depth + 1)).join('') : '';
}

const MARK_ORDER = ['link', 'bold', 'italic', 'underline', 'strike', 'code'];

function renderText(node: PmNode): string {
  let html = escapeHtml(String(node.text ?? ''));
  const marks = (Array.isArray(node.marks) ? node.marks : [])
    .filter((mark): mark is PmMark => Boolean(mark) && MARK_ORDER.includes(mark.type))
    .sort((a, b) => MARK_ORDER.indexOf(b.type) - MARK_ORDER.indexOf(a.type));
  for (const mark of marks) html = wrapMark(mark, html);
  return html;
}

function wrapMark(mark: PmMark, html: string): string {
  switch (mark.type) {
    case 'bold':
      return `<strong>${html}</strong>`;
    case 'italic':
      return `<em>${html}</em>`;
    case 'underline':
      return `<u>${html}</u>`;
    case 'strike':
      return `<s>${html}</s>`;
    case 'code':
      return `<code>${html}</code>`;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${html}</a>` : html;
    }
    default:
      return html;
  }
}

/** http and https only, absolute, without credentials: no javascript:, data: or relative tricks. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
