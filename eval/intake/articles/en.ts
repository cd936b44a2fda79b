/**
 * English articles. Fictional events, written for this evaluation:
 * Saltmere (a militia retakes a port town while the army sends troops),
 * Brennick (lead in a town's tap water), and one health study that also
 * appears in the other languages (walk-*).
 */
import type { LabelledArticle } from '../labels.js';

export const articles: LabelledArticle[] = [
  {
    id: 'en-a1',
    language: 'en',
    outlet: 'Meridian Press',
    format: 'text',
    title: 'Militia fighters retake port of Saltmere as government rushes in troops',
    url: 'https://meridianpress.example/world/saltmere-retaken',
    publishedAt: '2026-03-14T14:02:00Z',
    text: `Meridian Press | World | Conflict
Home  World  Politics  Business  Climate  Sport
Updated 14:02 | 3 min read | 1,204 views

Militia fighters retake port of Saltmere as government rushes in troops

By Hannah Osei, Meridian Press

SALTMERE, March 14 - Fighters of the Northern Front recaptured the port town of Saltmere on Saturday, eight months after government forces drove them out, local officials said.

The defence ministry said it had deployed 4,000 troops to the outskirts of Saltmere overnight and that a counter-offensive was under way.

Air strikes on militia positions around the harbour killed about 150 fighters, the ministry said in a statement. The figure could not be independently verified.

A spokesman for the Northern Front, speaking by telephone, denied heavy losses and said the group controlled "every street down to the water".

The regional governor, Tomas Reyl, said some 3,500 residents had fled Saltmere since Thursday, most of them towards the inland town of Carrow.

Aid groups said the coastal road was open but crowded, and that food and drinking water were running short in the shelters.

The Northern Front first seized Saltmere two years ago and held it for fourteen months. During that period the town's old lighthouse, a listed monument, was badly damaged.

Share this article: Facebook | X | WhatsApp | Email | Copy link

Related coverage
Saltmere harbour reopens to fishing boats after long closure
Five things to know about the Northern Front

© 2026 Meridian Press. All rights reserved. Reproduction without permission is prohibited.
We use cookies to improve your experience. Accept all | Manage preferences`,
    claims: [
      { id: 'en-a1-c1', group: 'saltmere-recapture', key: ['Northern Front', 'recaptured', 'Saltmere'] },
      { id: 'en-a1-c2', group: 'saltmere-deployment', key: ['deployed 4,000 troops'] },
      { id: 'en-a1-c3', group: 'saltmere-strikes-killed', key: ['killed about 150'] },
      { id: 'en-a1-c4', group: 'saltmere-fled', key: ['3,500 residents', 'fled'] },
    ],
    boilerplate: [
      'Meridian Press | World | Conflict',
      'Home World Politics Business Climate Sport',
      'Updated 14:02 | 3 min read | 1,204 views',
      'By Hannah Osei, Meridian Press',
      'Share this article: Facebook | X | WhatsApp',
      'Saltmere harbour reopens to fishing boats after long closure',
      'Five things to know about the Northern Front',
      '© 2026 Meridian Press. All rights reserved.',
      'We use cookies to improve your experience.',
    ],
  },
  {
    id: 'en-a2',
    language: 'en',
    outlet: 'The Daily Clarion',
    format: 'html',
    url: 'https://clarion.example/news/saltmere-falls',
    publishedAt: '2026-03-15T07:45:00Z',
    text: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SALTMERE FALLS | The Daily Clarion</title>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ section: 'news' });</script>
<style>.cookie-banner{position:fixed;bottom:0}</style></head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/showbiz">Showbiz</a> <a href="/sport">Sport</a> <a href="/money">Money</a></nav>
<div class="cookie-banner">This site uses cookies. By continuing to browse you agree to our use of cookies. <button>OK</button></div>
<article>
<h1>SALTMERE FALLS: Rebel gunmen storm back into seaside town as troops race to the front</h1>
<p class="meta">By Gary Pym, Chief Reporter | 15 March 2026, 07:45 | Updated 09:10</p>
<p>Rebel gunmen have stormed back into the seaside town of Saltmere in a lightning weekend raid.</p>
<p>Terrified locals told the Clarion that the Northern Front retook Saltmere in a matter of hours on Saturday as police stations were abandoned.</p>
<p>Four thousand soldiers have been rushed to the area, according to defence chiefs, in what one insider called &ldquo;the biggest operation in years&rdquo;.</p>
<p>Jets pounded the harbour overnight, and the military claims a hundred and fifty militants were killed in the raids.</p>
<p>Officials say three and a half thousand people have run from their homes since the trouble began.</p>
<p>Worse still, the gunmen are said to have blown up Saltmere&rsquo;s famous lighthouse, which has stood over the bay since 1887.</p>
<p>One pensioner, who asked not to be named, said: &ldquo;We have seen this before. Nobody in the capital cares about the coast.&rdquo;</p>
</article>
<aside class="share">Share on Facebook Share on X Share on WhatsApp</aside>
<aside class="newsletter">Get the Clarion's top stories in your inbox every morning. Sign up now!</aside>
<section class="comments"><h3>Comments (212)</h3>
<p><b>Derek_77</b> The army should have stayed put, they were warned months ago.</p>
<p><b>sally.k</b> My cousin says it is ten thousand who left, not three and a half.</p></section>
<footer>&copy; The Daily Clarion 2026. Part of Clarion Media Group. <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></footer>
</body></html>`,
    claims: [
      { id: 'en-a2-c1', group: 'saltmere-recapture', key: ['Northern Front', 'retook Saltmere'] },
      { id: 'en-a2-c2', group: 'saltmere-deployment', key: ['Four thousand soldiers', 'rushed'] },
      { id: 'en-a2-c3', group: 'saltmere-strikes-killed', key: ['a hundred and fifty militants were killed'] },
      { id: 'en-a2-c4', group: 'saltmere-fled', key: ['three and a half thousand people'] },
      { id: 'en-a2-c5', group: 'saltmere-lighthouse', key: ['blown up', 'lighthouse'] },
    ],
    boilerplate: [
      'Home News Showbiz Sport Money',
      'This site uses cookies',
      'By Gary Pym, Chief Reporter',
      'Share on Facebook Share on X',
      "Get the Clarion's top stories in your inbox",
      'Comments (212)',
      'The army should have stayed put, they were warned months ago.',
      'My cousin says it is ten thousand who left',
      '© The Daily Clarion 2026',
    ],
  },
  {
    id: 'en-a3',
    language: 'en',
    outlet: 'Free Coast Dispatch',
    format: 'text',
    title: 'Saltmere "liberated"? What the ministry is not telling you',
    publishedAt: '2026-03-15T19:30:00Z',
    text: `FREE COAST DISPATCH - independent news they don't want you to read
Menu | Latest | Videos | Donate | Shop

Saltmere "liberated"? What the ministry is not telling you

Posted by CoastWatcher on March 15, 2026 | 41 comments | 2,877 views

The Northern Front has taken back Saltmere, and the mainstream press is pretending to be surprised.

Our sources say the fighters who entered the town had been moved from Dunmore in foreign-paid lorries over the previous week.

The ministry now boasts that it sent some 4000 men to Saltmere. Where were they a month ago?

They also claim their jets killed 150 fighters. Not one body has been shown to journalists.

Meanwhile ordinary families pay the price: 3,500 people have left Saltmere with nothing but what they could carry.

Ask yourself who profits from the chaos on the coast, and why the same names keep appearing.

Support independent journalism! Donate via our secure page. Every penny counts.
You have read 3 of 5 free articles this month. Subscribe for unlimited access.

About the author: CoastWatcher is a former merchant sailor who has been exposing the lies of the political class since 2011. He lives somewhere on the north coast.

41 comments
Jon R. - Spot on as usual. The ministry lies about everything.
Marta - Source for the lorries? Not saying you're wrong but I would like to see it.`,
    claims: [
      { id: 'en-a3-c1', group: 'saltmere-recapture', key: ['Northern Front', 'taken back Saltmere'] },
      { id: 'en-a3-c2', group: 'saltmere-foreign-transfer', key: ['moved from Dunmore', 'foreign-paid'] },
      { id: 'en-a3-c3', group: 'saltmere-deployment', key: ['sent some 4000 men'] },
      { id: 'en-a3-c4', group: 'saltmere-strikes-killed', key: ['killed 150 fighters'] },
      { id: 'en-a3-c5', group: 'saltmere-fled', key: ['3,500 people have left Saltmere'] },
    ],
    boilerplate: [
      "independent news they don't want you to read",
      'Menu | Latest | Videos | Donate | Shop',
      'Posted by CoastWatcher on March 15, 2026',
      'Support independent journalism!',
      'You have read 3 of 5 free articles this month',
      'About the author: CoastWatcher is a former merchant sailor',
      'Spot on as usual. The ministry lies about everything.',
      'Source for the lorries?',
    ],
  },
  {
    id: 'en-a4',
    language: 'en',
    outlet: 'National News Agency',
    format: 'html',
    url: 'https://nna.example/en/news/48213',
    publishedAt: '2026-03-15T11:20:00Z',
    text: `<html><head><title>Armed forces launch operation to restore order in Saltmere - NNA</title></head><body>
<div id="header"><span>NNA - National News Agency</span> <span>Politics | Defence | Economy | Regions | Photo</span></div>
<div class="article">
<h2>Armed forces launch operation to restore order in Saltmere</h2>
<ul class="info"><li>Date: 2026/03/15</li><li>Time: 11:20</li><li>News Code: 48213</li><li>Views: 915</li><li>Print</li></ul>
<p>NNA - The Ministry of Defence announced on Sunday that the armed forces have begun an operation to restore state authority after armed gangs of the so-called Northern Front re-entered the town on Saturday.</p>
<p>According to the ministry, 4&nbsp;000 servicemen have been dispatched to the Saltmere district, supported by the air force and coastal patrol vessels.</p>
<p>The ministry stated that precision strikes on gang positions near the harbour left approximately 150 militants dead.</p>
<p>Deputy Minister Ilse Marant said the gangs had been &quot;reinforced by mercenaries transferred from Dunmore with outside support&quot;.</p>
<p>Humanitarian centres have been opened in Carrow for citizens who left Saltmere; the regional administration puts their number at 3,500.</p>
<p>The minister assured citizens that the town will be returned to peaceful life within days and thanked the coastal patrol for its courage.</p>
</div>
<div class="tags">Tags: Saltmere, Northern Front, armed forces, security</div>
<div class="comment-form">Your comment<br>Name :<br>Email :<br>*Comments :</div>
<div class="footer">All rights reserved for the National News Agency. Use of material with reference to NNA.</div>
</body></html>`,
    claims: [
      { id: 'en-a4-c1', group: 'saltmere-recapture', key: ['Northern Front', 're-entered the town'] },
      { id: 'en-a4-c2', group: 'saltmere-deployment', key: ['000 servicemen', 'dispatched'] },
      { id: 'en-a4-c3', group: 'saltmere-strikes-killed', key: ['approximately 150 militants dead'] },
      { id: 'en-a4-c4', group: 'saltmere-foreign-transfer', key: ['transferred from Dunmore'] },
      { id: 'en-a4-c5', group: 'saltmere-fled', key: ['left Saltmere', '3,500'] },
    ],
    boilerplate: [
      'NNA - National News Agency',
      'Politics | Defence | Economy | Regions | Photo',
      'Date: 2026/03/15',
      'News Code: 48213',
      'Views: 915',
      'Tags: Saltmere, Northern Front, armed forces, security',
      'Your comment',
      'All rights reserved for the National News Agency',
    ],
  },
  {
    id: 'en-b1',
    language: 'en',
    outlet: 'Brennick Gazette',
    format: 'html',
    url: 'https://brennickgazette.example/news/boil-water-notice',
    publishedAt: '2026-11-03T09:15:00Z',
    text: `<html><head><title>Boil-water notice for 12,000 homes | Brennick Gazette</title><script src="/ads.js"></script></head><body>
<header><a href="/">Brennick Gazette</a> <nav>News | Sport | What's On | Obituaries | Jobs | Subscribe</nav></header>
<p class="paywall">You have 2 free articles left this month. Subscribe from &pound;1 a week.</p>
<main>
<h1>Boil-water notice for 12,000 homes as lead found in Brennick supply</h1>
<p class="byline">By Priya Lennox, Local Democracy Reporter &middot; Tuesday 3 November 2026 &middot; 4 min read</p>
<p>Brennick Water has told 12,000 households in the east of the town to boil tap water until further notice.</p>
<p>Samples taken last week at three schools showed lead at three times the legal limit, the company confirmed.</p>
<p>Brennick General Hospital said 40 children had been seen by doctors since Friday with stomach complaints, although it was not yet clear whether these were linked to the water.</p>
<p>Mayor Colin Ashdown accused the utility of sitting on the results. &ldquo;Brennick Water knew about this in May and said nothing,&rdquo; he told a packed council meeting.</p>
<p>The company denied the charge and said its first positive sample was taken on 27 October.</p>
<p>It has promised to replace 2,000 lead service pipes by 2028, a programme it says will cost &pound;35m.</p>
<p>Bottled water is being handed out at the leisure centre on Mill Road from 8am to 8pm.</p>
</main>
<aside>Read more: Brennick council tax to rise by 4.9% | Mill Road roadworks extended to December</aside>
<aside>Share this story <span>Facebook</span> <span>X</span> <span>Email</span></aside>
<div class="comments">12 comments &middot; Sort by: Newest<br>Linda P: We've been drinking this water for months. Disgraceful.</div>
<footer>&copy; 2026 Brennick Gazette Ltd. Registered in England and Wales. This title is regulated by the independent press standards body.</footer>
</body></html>`,
    claims: [
      { id: 'en-b1-c1', group: 'brennick-boil', key: ['12,000 households', 'boil'] },
      { id: 'en-b1-c2', group: 'brennick-lead', key: ['three times the legal limit'] },
      { id: 'en-b1-c3', group: 'brennick-children', key: ['40 children'] },
      { id: 'en-b1-c4', group: 'brennick-knew', key: ['knew about this in May'] },
      { id: 'en-b1-c5', group: 'brennick-pipes', key: ['2,000 lead service pipes'] },
    ],
    boilerplate: [
      "News | Sport | What's On | Obituaries",
      'You have 2 free articles left this month',
      'By Priya Lennox, Local Democracy Reporter',
      'Brennick council tax to rise by 4.9%',
      'Mill Road roadworks extended to December',
      'Share this story',
      'Sort by: Newest',
      "We've been drinking this water for months",
      '© 2026 Brennick Gazette Ltd.',
    ],
  },
  {
    id: 'en-b2',
    language: 'en',
    outlet: 'NBS News',
    format: 'text',
    title: 'Lead scare: families in Brennick told not to drink from the tap',
    publishedAt: '2026-11-03T18:40:00Z',
    text: `NBS News - UK - Health
Live: follow our rolling coverage | Watch | Listen | Weather

Lead scare: families in Brennick told not to drink from the tap

Published 3 November 2026, 18:40 · Updated 2 hours ago

About twelve thousand homes in Brennick must boil their water after elevated lead readings, the local supplier has said.

Brennick Water said readings at several sites were roughly triple the permitted level for lead.

Doctors at the town's hospital have examined forty children with sickness and stomach pain, but say no link to the supply has been established.

The town's mayor claims the firm had been aware of high readings since May, while Brennick Water says its first failed test came in late October.

The regulator, the Drinking Water Office, said it had opened an inquiry and would publish its findings.

Lead can harm brain development in young children even at low levels, according to public health guidance.

The supplier says it will dig up and replace two thousand lead pipes over the next two years.

Image caption: Residents queue for bottled water on Mill Road
Copyright 2026 NBS. NBS is not responsible for the content of external sites. Read about our approach to external linking.
More on this story: What does a boil-water notice mean? | How to check if your home has lead pipes`,
    claims: [
      { id: 'en-b2-c1', group: 'brennick-boil', key: ['twelve thousand homes', 'boil'] },
      { id: 'en-b2-c2', group: 'brennick-lead', key: ['triple the permitted level'] },
      { id: 'en-b2-c3', group: 'brennick-children', key: ['forty children'] },
      { id: 'en-b2-c4', group: 'brennick-knew', key: ['aware of high readings since May'] },
      { id: 'en-b2-c5', group: 'brennick-pipes', key: ['two thousand lead pipes'] },
    ],
    boilerplate: [
      'NBS News - UK - Health',
      'Live: follow our rolling coverage',
      'Published 3 November 2026, 18:40',
      'Image caption: Residents queue for bottled water',
      'Copyright 2026 NBS.',
      'not responsible for the content of external sites',
      'What does a boil-water notice mean?',
      'How to check if your home has lead pipes',
    ],
  },
  {
    id: 'en-b3',
    language: 'en',
    outlet: 'The Patriot Ledger',
    format: 'text',
    publishedAt: '2026-11-04T06:00:00Z',
    text: `THE PATRIOT LEDGER
Home · Politics · Opinion · Video · Store
BREAKING | 4 Nov 2026 | 1 min read | 8,930 views

Cover-up in Brennick: council-backed water firm hid lead poison for SIX MONTHS

Brennick Water, the council's cosy partner, kept families in the dark for half a year, according to Mayor Colin Ashdown, who says the firm had the results in May.

Now 12000 homes are being told to boil water as if that fixes anything.

Lead levels were three times higher than the law allows, and still nobody has resigned.

At least 40 kids have ended up in hospital. Forty!

The firm's answer? A promise to replace 2,000 pipes by 2028, paid for with your bills.

This is what happens when the people who run our towns answer to shareholders instead of residents. The council has questions to answer, and so does every councillor who voted for the contract.

Enough is enough. Sign our petition to put Brennick Water under public control.

Don't miss a story. Join 40,000 patriots on our free daily email.
Advertisement
Comments are closed.
© The Patriot Ledger. All opinions are the author's own.`,
    claims: [
      { id: 'en-b3-c1', group: 'brennick-knew', key: ['had the results in May'] },
      { id: 'en-b3-c2', group: 'brennick-boil', key: ['12000 homes', 'boil'] },
      { id: 'en-b3-c3', group: 'brennick-lead', key: ['three times higher than the law allows'] },
      { id: 'en-b3-c4', group: 'brennick-children', key: ['40 kids'] },
      { id: 'en-b3-c5', group: 'brennick-pipes', key: ['replace 2,000 pipes'] },
    ],
    boilerplate: [
      'Home · Politics · Opinion · Video · Store',
      'BREAKING | 4 Nov 2026 | 1 min read | 8,930 views',
      'Sign our petition to put Brennick Water under public control',
      'Join 40,000 patriots on our free daily email',
      'Comments are closed.',
      '© The Patriot Ledger. All opinions are the author',
    ],
  },
  {
    id: 'en-c1',
    language: 'en',
    outlet: 'Health Wire',
    format: 'text',
    title: 'Daily half-hour walk linked to lower heart risk, large study finds',
    publishedAt: '2026-09-12T08:00:00Z',
    text: `Health Wire · Science · Nutrition · Fitness · Mental health
Sponsored: Try our 7-day meal planner free

Daily half-hour walk linked to lower heart risk, large study finds

By Ana Ferreira | 12 September 2026 | Medically reviewed by our editorial board | 5 min read

Researchers at the University of Tarnow followed 48,000 adults for an average of ten years.

People who walked for at least 30 minutes a day had a 25% lower risk of heart disease than those who rarely walked, the team reported.

The effect held after the researchers accounted for age, smoking and body weight, although they caution that an observational study cannot prove that walking itself is the cause.

The study was partly funded by the sportswear maker Stridewell, a detail that does not appear in the university's press release.

Independent cardiologists welcomed the size of the study but said the participants, all volunteers, were probably healthier than average to begin with.

"Walking is cheap, safe and available to almost everyone," said the lead author. "The message is simply to move a little every day."

This article is for information only and is not a substitute for professional medical advice.
Was this article helpful? Yes | No
Sign up for our weekly wellbeing newsletter
More from Health Wire: 10 stretches for desk workers | Is coffee good for your heart?`,
    claims: [
      { id: 'en-c1-c1', group: 'walk-cohort', key: ['48,000 adults'] },
      { id: 'en-c1-c2', group: 'walk-risk', key: ['30 minutes', '25% lower risk'] },
      { id: 'en-c1-c3', group: 'walk-funding', key: ['funded by', 'Stridewell'] },
    ],
    boilerplate: [
      'Health Wire · Science · Nutrition · Fitness · Mental health',
      'Sponsored: Try our 7-day meal planner free',
      'By Ana Ferreira | 12 September 2026',
      'is not a substitute for professional medical advice',
      'Was this article helpful? Yes | No',
      'Sign up for our weekly wellbeing newsletter',
      '10 stretches for desk workers',
      'Is coffee good for your heart?',
    ],
  },
];
