import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Member } from '../access/access.decorator.js';
import type { MemberContext, UserContext } from '../access/actor.js';
import { AcceptInvitationDto, CreatedInvitationDto, CreateInvitationDto, InvitationDto } from './dto/invitation.dto.js';
import { NewsroomSummaryDto } from './dto/newsroom.dto.js';
import { InvitationsService } from './invitations.service.js';

/**
 * How both invitation routes (this one and `POST .../members`) document
 * themselves: they are one operation, so one text.
 */
export const InviteOperation = (summary: string) =>
  applyDecorators(
    ApiOperation({
      summary,
      description:
        'Nobody joins a newsroom without accepting. The answer is the same whether or not an account uses the email ' +
        '(201 with the pending invitation; no name, no hint): the invitee registers with the token, or accepts it with ' +
        '`POST /api/invitations/accept` when signed in with that email. The single-use token is valid 7 days and shown ' +
        'only in this answer; a new invitation for the same email replaces a pending one. 409 `already_member` when a ' +
        'member of this newsroom already uses the email.',
    }),
    ApiCreatedResponse({ type: CreatedInvitationDto }),
    ApiResponse({ status: 409, description: 'A member of this newsroom already uses this email' }),
  );

@ApiTags('members')
@Controller('api/newsrooms/:slug/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Access.member('member.manage')
  @InviteOperation('Invite someone by email with a role; the single-use token (valid 7 days) is returned only here')
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
