import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { QueueQueryDto } from './dto/queue-query.dto.js';
import { AssignDto, TakeDto, TransitionDto, UnassignDto } from './dto/ticket-action.dto.js';
import { CreateTicketDto, UpdateTicketDto } from './dto/ticket-input.dto.js';
import { SimilarTicketsDto, TicketDetailDto, TicketDto, TicketPageDto } from './dto/ticket-output.dto.js';
import { expectedVersion } from './expected-version.js';
import { TicketAssignmentService } from './ticket-assignment.service.js';
import { TicketQueriesService } from './ticket-queries.service.js';
import type { TicketView } from './ticket-row.js';
import { TicketTransitionsService } from './ticket-transitions.service.js';
import { TicketWriterService } from './ticket-writer.service.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The ticket version you read (or `version` in the body)' };

@ApiTags('tickets')
@Controller('api/newsrooms/:slug/tickets')
export class TicketsController {
  constructor(
    private readonly writer: TicketWriterService,
    private readonly transitions: TicketTransitionsService,
    private readonly assignment: TicketAssignmentService,
    private readonly queries: TicketQueriesService,
  ) {}

  @Post()
  @Access.member('ticket.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key and body returns the first result' })
  @ApiCreatedResponse({ type: TicketDto })
  async create(
    @Member() member: MemberContext,
    @Body() body: CreateTicketDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TicketView> {
    const { ticket, replayed } = await this.writer.create(member, body, key);
    reply.header('ETag', `"${ticket.version}"`);
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return ticket;
  }

  @Get()
  @Access.member('ticket.read')
  @ApiOkResponse({ type: TicketPageDto })
  list(@Member() member: MemberContext, @Query() query: QueueQueryDto): Promise<TicketPageDto> {
    return this.queries.queue(member, { ...query, mine: query.mine === 'true', sort: query.sort ?? 'updated', limit: query.limit ?? 25 });
  }

  @Get(':id')
  @Access.member('ticket.read')
  @ApiOkResponse({ type: TicketDetailDto, description: 'With evidence, assignees, verdict and history' })
  async get(@Member() member: MemberContext, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TicketDetailDto> {
    const ticket = await this.queries.detail(member, id);
    reply.header('ETag', `"${ticket.version}"`);
    return ticket;
  }

  @Patch(':id')
  @Access.member('ticket.update')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: TicketDto })
  update(@Member() member: MemberContext, @Param('id') id: string, @Body() body: UpdateTicketDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.writer.update(member, id, body, expectedVersion(ifMatch, body.version, true));
  }

  @Post(':id/transitions')
  @Access.member('ticket.transition')
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: TicketDto, description: '403 when your role may not make this move, 409 for the wrong state or a stale version' })
  transition(@Member() member: MemberContext, @Param('id') id: string, @Body() body: TransitionDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.transitions.transition(member, id, body.to, body.note, expectedVersion(ifMatch, body.version, true));
  }

  @Post(':id/assignees')
  @Access.member('ticket.assign')
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: TicketDto, description: 'Assigning a researcher to a new ticket moves it to assigned' })
  assign(@Member() member: MemberContext, @Param('id') id: string, @Body() body: AssignDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.assignment.assign(member, id, body.userId, body.role, expectedVersion(ifMatch, body.version, true));
  }

  @Delete(':id/assignees')
  @Access.member('ticket.assign')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: TicketDto })
  unassign(@Member() member: MemberContext, @Param('id') id: string, @Body() body: UnassignDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.assignment.unassign(member, id, body.userId, expectedVersion(ifMatch, body.version, true));
  }

  @Post(':id/take')
  @Access.member('ticket.transition')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Take a ticket',
    description:
      'Assigns you as researcher and starts research on a new ticket nobody researches yet: researchers and up, when the newsroom allows self-assignment (editors always). 403 when not allowed, 409 for the wrong state, a ticket that already has a researcher, or a stale version.',
  })
  @ApiCreatedResponse({ type: TicketDto })
  take(@Member() member: MemberContext, @Param('id') id: string, @Body() body: TakeDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.assignment.take(member, id, expectedVersion(ifMatch, body.version, true));
  }

  @Get(':id/similar')
  @Access.member('ticket.read')
  @ApiOkResponse({ type: SimilarTicketsDto, description: 'Possible duplicates in this newsroom, closest first' })
  similar(@Member() member: MemberContext, @Param('id') id: string): Promise<SimilarTicketsDto> {
    return this.queries.similar(member, id);
  }
}
