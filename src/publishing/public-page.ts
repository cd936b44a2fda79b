import { buildClaimReview } from './claim-review.js';
import { escapeHtml as x, humanDate, jsonForScript, safeHref } from './html.js';
import type { PublicVerdict } from './public-verdict.js';

export interface PageLinks {
  jsonFeedUrl: string;
  atomFeedUrl: string;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#555;--line:#ddd;--accent:#0b57d0;--warn:#a50e0e}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#121212;--muted:#bbb;--line:#333;--accent:#8ab4f8;--warn:#f28b82}}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:44rem;margin:0 auto;padding:1.25rem 1rem 3rem}
header.site{border-bottom:1px solid var(--line);padding:.75rem 1rem}
header.site img{height:2rem;vertical-align:middle;margin-right:.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin-top:2rem}
a{color:var(--accent)}
.verdict{display:inline-block;font-weight:700;border:2px solid currentColor;border-radius:.4rem;padding:.1rem .6rem}
.muted{color:var(--muted);font-size:.95rem}
.retracted{border:2px solid var(--warn);color:var(--warn);padding:.75rem 1rem;border-radius:.4rem}
blockquote{margin:0;padding-left:1rem;border-left:4px solid var(--line)}
ul{padding-left:1.25rem}
.writeup img{max-width:100%;height:auto}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
`;

/**
 * The public page of one verdict: plain server-rendered HTML that works
 * without script, readable on a phone, with the ClaimReview in JSON-LD.
 * Every value is escaped here; the write-up HTML arrives already sanitised.
 * A retracted verdict keeps its page but carries no ClaimReview, so search
 * engines stop showing a rating the newsroom withdrew.
 */
export function renderVerdictPage(verdict: PublicVerdict, links: PageLinks): string {
  const { snapshot, retraction } = verdict;
  const publisher = snapshot.publisher;
  const title = `${snapshot.rating.label}: ${snapshot.claim}`;
  const lang = snapshot.language ?? 'en';
  const publisherHref = safeHref(publisher.url);
  const logo = safeHref(publisher.logoUrl);
  const claimant = snapshot.claimant ? `<p class="muted">Claim by ${x(snapshot.claimant)}${snapshot.claimDate ? `, ${x(humanDate(snapshot.claimDate))}` : ''}</p>` : '';
  const section = (heading: string, body: string) => (body ? `<section><h2>${x(heading)}</h2>${body}</section>` : '');
  const link = (href: string | undefined, text: string) => (href ? `<a href="${x(href)}">${x(text)}</a>` : x(text));

  const appearances = snapshot.appearances
    .map((a) => `<li>${link(safeHref(a.url), a.title ?? a.outlet ?? a.url)}${a.outlet && a.title ? ` <span class="muted">(${x(a.outlet)})</span>` : ''}${a.publishedAt ? ` <span class="muted">${x(humanDate(a.publishedAt))}</span>` : ''}</li>`)
    .join('');
  const evidence = snapshot.evidence
    .map((e) => `<li>${link(safeHref(e.url), e.title)}${e.description ? `: ${x(e.description)}` : ''}</li>`)
    .join('');
  const approvals = snapshot.approvals
    .map((a) => `<li>${x(a.name)}, ${x(a.role)}, <time datetime="${x(a.signedAt)}">${x(humanDate(a.signedAt))}</time></li>`)
    .join('');
  const changelog = snapshot.changelog
    .map((c) => `<li><time datetime="${x(c.date)}">${x(humanDate(c.date))}</time> (version ${c.version}): ${x(c.note)}</li>`)
    .join('');
  const jsonLd = retraction ? '' : `\n<script type="application/ld+json">${jsonForScript(buildClaimReview(verdict))}</script>`;

  return `<!doctype html>
<html lang="${x(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${x(title)} | ${x(publisher.name)}</title>
<meta name="description" content="${x(snapshot.summary)}">
<link rel="canonical" href="${x(verdict.url)}">
<link rel="alternate" type="application/feed+json" title="${x(publisher.name)} verdicts (JSON Feed)" href="${x(links.jsonFeedUrl)}">
<link rel="alternate" type="application/atom+xml" title="${x(publisher.name)} verdicts (Atom)" href="${x(links.atomFeedUrl)}">
<style>${STYLE}</style>${jsonLd}
</head>
<body>
<header class="site">${logo ? `<img src="${x(logo)}" alt="">` : ''}${link(publisherHref, publisher.name)}</header>
<main>
<article>
${retraction ? `<p class="retracted" role="alert"><strong>Retracted</strong> on <time datetime="${x(retraction.retractedAt)}">${x(humanDate(retraction.retractedAt))}</time>: ${x(retraction.reason)}</p>` : ''}
<p class="muted">Fact check #${snapshot.ticketNumber}, version ${verdict.version}, published <time datetime="${x(verdict.firstPublishedAt)}">${x(humanDate(verdict.firstPublishedAt))}</time>${verdict.version > 1 ? `, updated <time datetime="${x(snapshot.publishedAt)}">${x(humanDate(snapshot.publishedAt))}</time>` : ''}</p>
<h1>Claim: ${x(snapshot.claim)}</h1>
${claimant}
<p>Our verdict: <span class="verdict">${x(snapshot.rating.label)}</span></p>
<p>${x(snapshot.summary)}</p>
<div class="writeup">${snapshot.writeupHtml}</div>
${section('Where the claim appeared', appearances ? `<ul>${appearances}</ul>` : '')}
${section('Sources', evidence ? `<ul>${evidence}</ul>` : '')}
${section('Reviewed and approved by', approvals ? `<ul>${approvals}</ul>` : '')}
${section('Corrections', changelog ? `<ul>${changelog}</ul>` : '')}
<p class="muted">Content fingerprint (SHA-256): <code>${x(snapshot.contentHash)}</code></p>
</article>
</main>
</body>
</html>
`;
}
