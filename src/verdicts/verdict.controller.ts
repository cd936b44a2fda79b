import { Body, Controller, Headers, Param, Put } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { TicketDto } from '../tickets/dto/ticket-output.dto.js';
import { expectedVersion } from '../tickets/expected-version.js';
import type { TicketView } from '../tickets/ticket-row.js';
import { SetVerdictDto } from './verdict.dto.js';
import { VerdictService } from './verdict.service.js';

@ApiTags('verdicts')
@Controller('api/newsrooms/:slug/tickets/:id/verdict')
export class VerdictController {
  constructor(private readonly verdicts: VerdictService) {}

  @Put()
  @Access.member('verdict.write')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ticket version (or `version` in the body)' })
  @ApiOkResponse({ type: TicketDto, description: 'The ticket with its new verdict and version' })
  set(@Member() member: MemberContext, @Param('id') id: string, @Body() body: SetVerdictDto, @Headers('if-match') ifMatch: string | undefined): Promise<TicketView> {
    return this.verdicts.set(member, id, body.rating, body.summary, expectedVersion(ifMatch, body.version, true));
  }
}
