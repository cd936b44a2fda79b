import { Parser } from 'htmlparser2';
import type { DropReason, DroppedBlock } from './types.js';

/** A run of text or a removed block, in document order. Text uses '\n\n' between blocks and '\n' for line breaks. */
export type Piece = { text: string } | { dropped: DroppedBlock };

/** Elements whose content is never text of the page. */
const NEVER_TEXT: Readonly<Record<string, string>> = {
  script: 'a <script> element: code, never shown as text',
  style: 'a <style> element: presentation rules, never shown as text',
  noscript: 'a <noscript> element: shown only when scripts are off',
  template: 'a <template> element: markup held back for scripts',
  iframe: 'an <iframe> element: a page embedded from elsewhere',
  svg: 'an <svg> element: a drawing, not text',
  math: 'a <math> element: a formula, not prose',
  object: 'an <object> element: embedded content',
  embed: 'an <embed> element: embedded content',
  canvas: 'a <canvas> element: a drawing surface',
  head: "the page's <head>: title and metadata, not the story",
  select: 'a <select> control: form options',
  textarea: 'a <textarea> control: a form field',
  button: 'a <button> element: a control, not prose',
};

/** Page furniture by element or ARIA role: only when not inside the story's own <article>/<main> (headers there hold the headline). */
const FURNITURE: Readonly<Record<string, { reason: DropReason; detail: string; outsideStoryOnly: boolean }>> = {
  nav: { reason: 'navigation', detail: 'a <nav> element: site navigation', outsideStoryOnly: false },
  navigation: { reason: 'navigation', detail: 'an element with role "navigation"', outsideStoryOnly: false },
  search: { reason: 'navigation', detail: 'a search box', outsideStoryOnly: false },
  header: { reason: 'navigation', detail: 'the page <header>: site name and menus', outsideStoryOnly: true },
  banner: { reason: 'navigation', detail: 'the page banner: site name and menus', outsideStoryOnly: true },
  footer: { reason: 'navigation', detail: 'a <footer>: links and notices under the page or story', outsideStoryOnly: false },
  contentinfo: { reason: 'navigation', detail: 'the page footer (role "contentinfo")', outsideStoryOnly: false },
  aside: { reason: 'navigation', detail: 'an <aside>: a box beside the story', outsideStoryOnly: false },
  complementary: { reason: 'navigation', detail: 'a box beside the story (role "complementary")', outsideStoryOnly: false },
  form: { reason: 'comments', detail: 'a <form>: inputs and prompts, not the story', outsideStoryOnly: false },
};

/** Words in class or id names that mark furniture. Whole words only ("comments", "share-bar"), and a long story-like block is kept anyway. */
const CLASS_HINTS: readonly [RegExp, DropReason, string][] = [
  [/^(comments?|commentlist|disqus|respond|replies|kommentare?|commentaires?|comentarios?|reacciones|réactions|kommentar)$/, 'comments', 'the reader comments section'],
  [/^(share|sharing|social|sharedaddy|sharethis|partage|partager|compartir|teilen)$/, 'share', 'share buttons'],
  [/^(newsletter|subscribe|signup|subscription|suscripcion|suscripción|abonnement|abo|boletin)$/, 'newsletter', 'a newsletter sign-up box'],
  [/^(paywall|meter|regwall)$/, 'paywall', 'a paywall notice'],
  [/^(related|recommended|breadcrumbs?|menu|navbar|sidebar|widget|promo|trending|popular|relacionados|relacionadas|connexes|verwandt|empfehlungen)$/, 'navigation', 'links to other pages'],
  [/^(byline|dateline|timestamp|posted|metadata)$/, 'metadata', 'publication details (byline, date)'],
  [/^(bio|authorbio|biography)$/, 'author_bio', "the author's biography"],
  [/^(copyright)$/, 'copyright', 'a copyright notice'],
  [/^(disclaimer)$/, 'disclaimer', 'a disclaimer'],
  [/^(ad|ads|advert|advertisement|sponsored|banner|publicidad|publicite|anzeige|werbung)$/, 'markup', 'an advertisement slot'],
  [/^(cookies?|consent|gdpr)$/, 'disclaimer', 'a cookie notice'],
];

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center', 'header', 'footer', 'aside', 'nav', 'form',
  'legend', 'option',
]);
const CELL = new Set(['td', 'th']);
/** A removed block keeps this much of its text, so a hostile page cannot make the report huge. */
const MAX_DROPPED_TEXT = 2_000;
const WHITESPACE = /[\t\n\f\r ]+/g;

interface Capture {
  depth: number;
  reason: DropReason;
  detail: string;
  /** Decided at the close: a hinted block that turns out to be long prose is kept. */
  keepIfStory: boolean;
  alwaysText: boolean;
  out: Piece[];
}

function hintFor(attribs: Record<string, string>): [DropReason, string] | null {
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
  if (names.length > 500 || names.trim() === '') return null;
  for (const word of names.split(/[\s_-]+/)) {
    for (const [pattern, reason, detail] of CLASS_HINTS) if (pattern.test(word)) return [reason, detail];
  }
  return null;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').toLowerCase().slice(0, 300);
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

function append(out: Piece[], text: string): void {
  const last = out[out.length - 1];
  if (last && 'text' in last) last.text += text;
  else out.push({ text });
}

function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => ('text' in p ? p.text : '')).join(' ');
}

function looksLikeStory(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  const sentences = (text.match(/[.!?؟]\s/g) ?? []).length;
  return words >= 150 && sentences >= 4;
}

/** Elements that close themselves or are closed implicitly: they add no depth. */
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})(?:\s[^<>]{0,2000})?\/?>/g;
/** Real pages nest a few dozen levels; far deeper nesting only serves to slow the parser (its open-element stack is quadratic). */
const MAX_DEPTH = 100;

/**
 * Removes the tags of elements nested deeper than MAX_DEPTH, keeping their
 * text, in one linear scan; pages within the limit are returned unchanged.
 */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): string {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (NO_DEPTH.has(m[2].toLowerCase()) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  return html.replace(TAG, (tag: string, slash: string, name: string) => {
    if (NO_DEPTH.has(name.toLowerCase()) || tag.endsWith('/>')) return tag;
    if (slash) {
      const kept = depth <= maxDepth;
      depth = Math.max(0, depth - 1);
      return kept ? tag : BLOCK.has(name.toLowerCase()) ? '<br>' : ' ';
    }
    depth++;
    return depth <= maxDepth ? tag : BLOCK.has(name.toLowerCase()) ? '<br>' : ' ';
  });
}

/**
 * Reduces HTML to text with a real parser: never executes or keeps markup,
 * decodes entities, turns block elements into paragraphs and removes code,
 * controls, hidden elements and page furniture, reporting each removal.
 */
export function htmlToPieces(html: string): Piece[] {
  const root: Piece[] = [];
  const stack: string[] = [];
  const captures: Capture[] = [];
  let storyDepth = 0;
  let preDepth = 0;
  const out = () => (captures.length > 0 ? captures[captures.length - 1].out : root);

  let neverTextDepth = 0;
  const startCapture = (reason: DropReason, detail: string, keepIfStory: boolean, alwaysText = false) => {
    if (alwaysText) neverTextDepth++;
    captures.push({ depth: stack.length, reason, detail, keepIfStory, alwaysText, out: [] });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        if (name === 'article' || name === 'main') storyDepth++;
        if (name === 'pre') preDepth++;
        const inner = captures[captures.length - 1];
        if (neverTextDepth === 0 && (!inner || inner.keepIfStory)) {
          const role = (attribs.role ?? '').toLowerCase();
          const furniture = FURNITURE[name] ?? FURNITURE[role];
          const hint = hintFor(attribs);
          if (NEVER_TEXT[name]) startCapture('markup', NEVER_TEXT[name], false, true);
          else if (isHidden(attribs)) startCapture('markup', 'an element hidden on the page', false);
          else if (furniture && !(furniture.outsideStoryOnly && storyDepth > 0)) {
            startCapture(furniture.reason, furniture.detail, name === 'form' || name === 'footer' || name === 'aside');
          } else if (hint && name !== 'article' && name !== 'main' && name !== 'body' && name !== 'html') {
            startCapture(hint[0], `${hint[1]} (marked "${(attribs.class ?? attribs.id ?? '').slice(0, 60)}" on the page)`, true);
          }
        }
        if (BLOCK.has(name)) append(out(), '\n\n');
        else if (name === 'br') append(out(), '\n');
        else if (CELL.has(name)) append(out(), ' ');
      },
      ontext(data) {
        append(out(), preDepth > 0 ? data : data.replace(WHITESPACE, ' '));
      },
      onclosetag(name) {
        if (BLOCK.has(name)) append(out(), '\n\n');
        const capture = captures[captures.length - 1];
        if (capture && capture.depth === stack.length) {
          captures.pop();
          if (capture.alwaysText) neverTextDepth--;
          const parent = out();
          const text = piecesText(capture.out).replace(/\s+/g, ' ').trim();
          if (capture.keepIfStory && looksLikeStory(text)) {
            for (const piece of capture.out) if ('text' in piece) append(parent, piece.text);
            else parent.push(piece);
          } else if (text.length > 0) {
            const short = text.length > MAX_DROPPED_TEXT ? `${text.slice(0, MAX_DROPPED_TEXT)}…` : text;
            parent.push({ dropped: { text: short, reason: capture.reason, detail: `Removed ${capture.detail}.` } });
          }
        }
        stack.pop();
        if (name === 'article' || name === 'main') storyDepth = Math.max(0, storyDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(limitNesting(html));
  parser.end();
  return root;
}

/** True when the input is most likely HTML: a known tag or a doctype near the start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4_000);
  return /<(?:!doctype\s+html|html|head|body|p|div|br|span|a|article|section|h[1-6]|ul|ol|li|table|script|style|em|strong|b|i|img|meta|link|blockquote|figure|main|nav|header|footer)(?:\s[^<>]{0,400})?\/?>/i.test(head);
}
