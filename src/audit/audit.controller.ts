import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { AuditQueries } from './audit.queries.js';
import { ChainVerificationDto, TicketHistoryDto } from './dto.js';

@ApiTags('audit')
@Controller('api/newsrooms/:slug')
export class AuditController {
  constructor(private readonly audit: AuditQueries) {}

  @Get('tickets/:id/history')
  @Access.member('audit.read')
  @ApiOkResponse({ type: TicketHistoryDto, description: "A ticket's history, oldest first" })
  history(@Member() member: MemberContext, @Param('id') id: string): Promise<TicketHistoryDto> {
    return this.audit.ticketHistory(member, id);
  }

  @Get('audit/verify')
  @Access.member('audit.verify')
  @ApiOkResponse({ type: ChainVerificationDto, description: "Walks the newsroom's hash chain" })
  verify(@Member() member: MemberContext): Promise<ChainVerificationDto> {
    return this.audit.verify(member);
  }
}
