/**
 * Times analyseArticle on a 5,000-word article after warm-up (the intake's
 * budget is 50 ms p95 including database matching; analysis should take well
 * under 20 ms). Wall time includes waiting for a core when the machine is
 * shared, so CPU time is reported too. The article is generated here, in the desk's own words, from
 * sentence patterns with varied figures, names and dates, plus page furniture.
 *
 *   node --import @swc-node/register/esm-register bench/intake-analysis.ts
 */
import { analyseArticle } from '../src/intake/analysis/analyse-article.js';
import { median, quantile } from './stats.js';

const PATTERNS = [
  (i: number) => `The port authority said ${1_000 + i * 37} containers passed through the northern terminal in week ${i % 52}, more than in any week of the previous year.`,
  (i: number) => `According to the transport ministry, traffic on the coast road fell by ${(i % 9) + 1}.${i % 10} per cent after the bridge closed on ${(i % 28) + 1} March.`,
  (i: number) => `Harbour Master Elena Rossi told reporters that repairs to pier ${i % 12} would cost about ${i * 3} thousand euros.`,
  () => `“We expect the second basin to open in May,” she added, speaking at the town hall.`,
  (i: number) => `Residents complained that the noise from the cranes had doubled since ${2010 + (i % 12)}.`,
  () => 'I think the whole project was rushed, and many people here agree with me.',
  () => 'Is anyone going to pay for the damage to the old sea wall?',
  (i: number) => `The storm destroyed ${i % 40} fishing boats and forced the closure of the eastern quay for ${i % 7} days.`,
];

function article(words: number): string {
  const paragraphs: string[] = ['Skip to content', 'Port traffic rises despite the storm', 'Published: 3 May 2024, 10:12'];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = [0, 1, 2].map((k) => PATTERNS[(i * 3 + k) % PATTERNS.length](i * 3 + k)).join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  paragraphs.push('Share on Facebook | Tweet | Email', 'Leave a Reply', 'Name *', '© 2024 Example Harbour News. All rights reserved.');
  return paragraphs.join('\n\n');
}

const text = article(5_000);
const html = `<html><body><nav>Home World</nav><article>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
for (const [name, input] of [['text', { text }], ['html', { text: html, format: 'html' as const }]] as const) {
  for (let i = 0; i < 50; i++) analyseArticle(input);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    analyseArticle(input);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const result = analyseArticle(input);
  console.log(
    `${name}: ${text.split(/\s+/).length} words, ${result.sentences.length} sentences, ${result.dropped.length} dropped; ` +
      `wall median ${median(times).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms; ` +
      `CPU median ${median(cpu).toFixed(2)} ms, p95 ${quantile(cpu, 0.95).toFixed(2)} ms (CPU time leaves out waiting for a core on a shared machine)`,
  );
}
