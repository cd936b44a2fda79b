import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Member } from '../access/access.decorator.js';
import type { MemberContext, UserContext } from '../access/actor.js';
import { AcceptInvitationDto, CreatedInvitationDto, CreateInvitationDto, InvitationDto } from './dto/invitation.dto.js';
import { NewsroomSummaryDto } from './dto/newsroom.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('members')
@Controller('api/newsrooms/:slug/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Access.member('member.manage')
  @ApiOperation({ summary: 'Invite someone by email with a role; the single-use token (valid 7 days) is returned only here' })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  create(@Member() member: MemberContext, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    return this.invitations.create(member, dto);
  }

  @Get()
  @Access.member('member.manage')
  @ApiOperation({ summary: 'Pending invitations' })
  @ApiOkResponse({ type: [InvitationDto] })
  list(@Member() member: MemberContext): Promise<InvitationDto[]> {
    return this.invitations.listPending(member);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @Access.member('member.manage')
  @ApiOperation({ summary: 'Withdraw a pending invitation' })
  @ApiNoContentResponse()
  revoke(@Member() member: MemberContext, @Param('invitationId', ParseUUIDPipe) invitationId: string): Promise<void> {
    return this.invitations.revoke(member, invitationId);
  }
}

@ApiTags('members')
@Controller('api/invitations')
export class InvitationAcceptanceController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('accept')
  @HttpCode(200)
  @Access.user()
  @ApiOperation({ summary: 'Accept an invitation sent to your email (people without an account register with it instead)' })
  @ApiOkResponse({ type: NewsroomSummaryDto })
  accept(@CurrentUser() user: UserContext, @Body() dto: AcceptInvitationDto): Promise<NewsroomSummaryDto> {
    return this.invitations.accept(user.userId, dto.token);
  }
}
