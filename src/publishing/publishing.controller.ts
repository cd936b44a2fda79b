import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { CorrectionDto, PublicationResultDto, PublishDto, RetractDto } from './dto/publishing.dto.js';
import { PublishingService } from './publishing.service.js';

@ApiTags('publishing')
@Controller('api/newsrooms/:slug/tickets/:id')
export class PublishingController {
  constructor(private readonly publishing: PublishingService) {}

  @Post('publish')
  @HttpCode(200)
  @Access.member('ticket.publish')
  @ApiOperation({ summary: 'Publish an approved verdict as a new immutable publication version' })
  @ApiOkResponse({ type: PublicationResultDto })
  publish(@Member() member: MemberContext, @Param('id') id: string, @Body() dto: PublishDto): Promise<PublicationResultDto> {
    return this.publishing.publish(member, id, dto.version);
  }

  @Post('corrections')
  @HttpCode(200)
  @Access.member('ticket.publish')
  @ApiOperation({ summary: 'Reopen a published verdict for a correction; republishing makes the next version with this note' })
  @ApiOkResponse({ type: PublicationResultDto })
  correct(@Member() member: MemberContext, @Param('id') id: string, @Body() dto: CorrectionDto): Promise<PublicationResultDto> {
    return this.publishing.correct(member, id, dto.note);
  }

  @Post('retract')
  @HttpCode(200)
  @Access.member('ticket.publish')
  @ApiOperation({ summary: 'Retract a published verdict: the page stays, marked retracted with the reason' })
  @ApiOkResponse({ type: PublicationResultDto })
  retract(@Member() member: MemberContext, @Param('id') id: string, @Body() dto: RetractDto): Promise<PublicationResultDto> {
    return this.publishing.retract(member, id, dto.reason);
  }
}
