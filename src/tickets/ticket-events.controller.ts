import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { TicketEventStream } from './ticket-event-stream.js';

@ApiTags('tickets')
@Controller('api/newsrooms/:slug/events')
export class TicketEventsController {
  constructor(private readonly stream: TicketEventStream) {}

  @Get()
  @Access.member('ticket.read')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'Server-Sent Events: ticket.created, ticket.updated, ticket.transitioned, ticket.assigned; a comment every 15 s' })
  events(@Member() member: MemberContext, @Res() reply: FastifyReply): void {
    // The stream writes to the socket itself: Fastify leaves this response alone.
    reply.hijack();
    this.stream.attach(member, reply.raw);
  }
}
