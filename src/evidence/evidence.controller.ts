import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { expectedVersion } from '../tickets/expected-version.js';
import { CreateEvidenceDto, EvidenceDto, EvidenceListDto, RemoveEvidenceDto, UpdateEvidenceDto } from './evidence.dto.js';
import { EvidenceQueries } from './evidence.queries.js';
import { EvidenceService } from './evidence.service.js';

@ApiTags('evidence')
@Controller('api/newsrooms/:slug/tickets/:id/evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly queries: EvidenceQueries,
  ) {}

  @Post()
  @Access.member('evidence.write')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key and body returns the first result' })
  @ApiCreatedResponse({ type: EvidenceDto })
  async add(
    @Member() member: MemberContext,
    @Param('id') id: string,
    @Body() body: CreateEvidenceDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvidenceDto> {
    const { evidence, replayed } = await this.evidence.add(member, id, body, key);
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return evidence;
  }

  @Get()
  @Access.member('ticket.read')
  @ApiOkResponse({ type: EvidenceListDto })
  async list(@Member() member: MemberContext, @Param('id') id: string): Promise<EvidenceListDto> {
    return { items: await this.queries.forMember(member, id) };
  }

  @Patch(':evidenceId')
  @Access.member('evidence.write')
  @ApiHeader({ name: 'If-Match', required: false, description: "The evidence item's version (or `version` in the body)" })
  @ApiOkResponse({ type: EvidenceDto })
  update(
    @Member() member: MemberContext,
    @Param('id') id: string,
    @Param('evidenceId') evidenceId: string,
    @Body() body: UpdateEvidenceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<EvidenceDto> {
    return this.evidence.update(member, id, evidenceId, body, expectedVersion(ifMatch, body.version, true));
  }

  @Delete(':evidenceId')
  @HttpCode(204)
  @Access.member('evidence.write')
  @ApiHeader({ name: 'If-Match', required: false, description: "The evidence item's version (or `version` in the body)" })
  @ApiNoContentResponse({ description: 'Removed (kept in the history)' })
  remove(
    @Member() member: MemberContext,
    @Param('id') id: string,
    @Param('evidenceId') evidenceId: string,
    @Body() body: RemoveEvidenceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.evidence.remove(member, id, evidenceId, expectedVersion(ifMatch, body?.version, true));
  }
}
