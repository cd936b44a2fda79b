import type { INestApplication } from '@nestjs/common';
import type { DemoSeed } from './demo-identity.js';
import { seedDemoTickets } from './demo-tickets.js';

/** Adds demo content on top of the demo newsroom and users, through the application's own services. */
export type DemoContentSeeder = (app: INestApplication, seed: DemoSeed) => Promise<void>;

/**
 * Run in order, once, right after the identity seed. Each area that has demo
 * content (tickets, evidence, verdicts, ...) adds its seeder here.
 */
export const demoContentSeeders: DemoContentSeeder[] = [seedDemoTickets];
