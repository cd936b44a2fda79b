import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { CreateSignoffDto, SignoffListDto, SignoffResultDto } from './dto/signoff.dto.js';
import { SignoffsService } from './signoffs.service.js';

@ApiTags('sign-off')
@Controller('api/newsrooms/:slug/tickets/:id/signoffs')
export class SignoffsController {
  constructor(private readonly signoffs: SignoffsService) {}

  @Get()
  @Access.member('ticket.read')
  @ApiOperation({ summary: 'Sign-offs of a ticket, each marked stale or counted, with what the policy still needs' })
  @ApiOkResponse({ type: SignoffListDto })
  list(@Member() member: MemberContext, @Param('id') id: string): Promise<SignoffListDto> {
    return this.signoffs.list(member, id);
  }

  @Post()
  @Access.member('signoff.review')
  @ApiOperation({
    summary: 'Approve the current content or request changes (in review only)',
    description:
      'Records the content hash of the current rating, summary and write-up. A reviewer signs as reviewer, an editor as editor. ' +
      'The approval that meets the sign-off policy moves the ticket to approved; request_changes moves it back to drafting.',
  })
  @ApiOkResponse({ type: SignoffResultDto })
  give(@Member() member: MemberContext, @Param('id') id: string, @Body() dto: CreateSignoffDto): Promise<SignoffResultDto> {
    return this.signoffs.give(member, id, dto);
  }
}
