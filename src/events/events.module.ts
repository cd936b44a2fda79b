import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';
import { EventRelay } from './event-relay.js';

@Global()
@Module({ providers: [DomainEvents, EventRelay], exports: [DomainEvents] })
export class EventsModule {}
