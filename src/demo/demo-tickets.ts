import type { INestApplication } from '@nestjs/common';
import type { MemberContext } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { TicketAssignmentService } from '../tickets/ticket-assignment.service.js';
import type { TicketView } from '../tickets/ticket-row.js';
import { TicketTransitionsService } from '../tickets/ticket-transitions.service.js';
import { TicketWriterService } from '../tickets/ticket-writer.service.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import type { DemoContentSeeder } from './demo-content.js';
import type { DemoSeed } from './demo-identity.js';

interface DemoTicket {
  claim: string;
  claimant: string;
  claimDate: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  tags: string[];
  /** How far along the demo takes it. */
  stage: Extract<TicketStatus, 'new' | 'assigned' | 'researching' | 'drafting'>;
  evidence?: { url: string; publisher: string; title: string; stance: 'supports' | 'refutes' | 'context'; sourceReliability: 'high' | 'mixed' | 'low' | 'unknown' };
  verdict?: { rating: string; summary: string };
}

// Claims a desk would open about one event (the fall and recapture of Palmyra,
// December 2016 to March 2017). Sources are placeholders on example.org.
const TICKETS: DemoTicket[] = [
  {
    claim: 'Islamic State fighters retook the Syrian city of Palmyra in December 2016.',
    claimant: 'Several news outlets',
    claimDate: '2016-12-11',
    priority: 'normal',
    tags: ['syria', 'palmyra'],
    stage: 'researching',
    evidence: { url: 'https://example.org/wire/palmyra-retaken', publisher: 'A wire service', title: 'Wire report on the fall of Palmyra', stance: 'supports', sourceReliability: 'high' },
  },
  {
    claim: 'About 4,000 Islamic State fighters took part in the assault on Palmyra.',
    claimant: 'Russian military sources',
    claimDate: '2016-12-11',
    priority: 'high',
    tags: ['syria', 'palmyra', 'numbers'],
    stage: 'assigned',
  },
  {
    claim: 'The Pentagon refused to intervene as Palmyra fell.',
    claimant: 'A conspiracy-leaning website',
    claimDate: '2016-12-12',
    priority: 'normal',
    tags: ['syria', 'united-states'],
    stage: 'new',
  },
  {
    claim: 'US-backed fighters were moved from Mosul to Palmyra.',
    claimant: 'A blog repost',
    claimDate: '2016-12-13',
    priority: 'urgent',
    tags: ['syria', 'iraq', 'united-states'],
    stage: 'new',
  },
  {
    claim: 'The Syrian army fully retook Palmyra on 2 March 2017.',
    claimant: 'A state-aligned news agency',
    claimDate: '2017-03-02',
    priority: 'normal',
    tags: ['syria', 'palmyra'],
    stage: 'drafting',
    evidence: { url: 'https://example.org/agency/palmyra-march', publisher: 'A state-aligned agency', title: 'Agency report on the recapture', stance: 'supports', sourceReliability: 'mixed' },
    verdict: { rating: 'true', summary: 'Independent reporting and official statements agree that government forces held the whole city by 2 March 2017.' },
  },
  {
    claim: 'The United States sent about 200 more troops to Syria for the Raqqa campaign.',
    claimant: 'US defense secretary',
    claimDate: '2017-03-08',
    priority: 'low',
    tags: ['syria', 'united-states', 'raqqa'],
    stage: 'new',
  },
];

const ORDER: DemoTicket['stage'][] = ['new', 'assigned', 'researching', 'drafting'];

/** Tickets at several stages of the lifecycle, made through the desk's own services (history included). */
export const seedDemoTickets: DemoContentSeeder = async (app: INestApplication, seed: DemoSeed) => {
  const writer = app.get(TicketWriterService);
  const assignment = app.get(TicketAssignmentService);
  const transitions = app.get(TicketTransitionsService);
  const evidence = app.get(EvidenceService);
  const verdicts = app.get(VerdictService);
  const as = (role: Role): MemberContext => ({
    userId: seed.users[role].id,
    sessionId: '00000000-0000-0000-0000-000000000000',
    newsroomId: seed.newsroom.id,
    slug: seed.newsroom.slug,
    role,
  });
  const researcher = as('researcher');
  const editor = as('editor');

  for (const demo of TICKETS) {
    const { claim, claimant, claimDate, priority, tags } = demo;
    let { ticket } = await writer.create(researcher, { claim, claimant, claimDate, priority, tags }, undefined);
    const reach = ORDER.indexOf(demo.stage);
    const step = async (move: () => Promise<TicketView>) => {
      ticket = await move();
    };
    if (reach >= ORDER.indexOf('assigned')) await step(() => assignment.assign(editor, ticket.id, researcher.userId, 'researcher', ticket.version));
    if (reach >= ORDER.indexOf('researching')) await step(() => transitions.transition(researcher, ticket.id, 'researching', undefined, ticket.version));
    if (demo.evidence) await evidence.add(researcher, ticket.id, demo.evidence, undefined);
    if (reach >= ORDER.indexOf('drafting')) await step(() => transitions.transition(researcher, ticket.id, 'drafting', undefined, ticket.version));
    if (demo.verdict) await verdicts.set(researcher, ticket.id, demo.verdict.rating, demo.verdict.summary, ticket.version);
  }
};
