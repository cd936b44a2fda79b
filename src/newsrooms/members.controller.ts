import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { CreatedInvitationDto, CreateInvitationDto } from './dto/invitation.dto.js';
import { MemberDto, UpdateMemberDto } from './dto/member.dto.js';
import { InviteOperation } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@Controller('api/newsrooms/:slug/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Access.member('member.read')
  @ApiOperation({ summary: 'Members of the newsroom and their roles' })
  @ApiOkResponse({ type: [MemberDto] })
  list(@Member() member: MemberContext): Promise<MemberDto[]> {
    return this.members.list(member);
  }

  @Post()
  @Access.member('member.manage')
  @InviteOperation('Invite someone to become a member with a role: the same operation as POST .../invitations')
  // Adding people directly told any admin of any newsroom whether an email has an
  // account (and its name), and made them members without their consent.
  invite(@Member() member: MemberContext, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    return this.invitations.create(member, dto);
  }

  @Patch(':userId')
  @Access.member('member.manage')
  @ApiOperation({ summary: "Change a member's role (the last admin cannot be demoted)" })
  @ApiOkResponse({ type: MemberDto })
  @ApiResponse({ status: 409, description: 'Would leave the newsroom without an admin' })
  changeRole(@Member() member: MemberContext, @Param('userId', ParseUUIDPipe) userId: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.members.changeRole(member, userId, dto.role);
  }

  @Delete(':userId')
  @HttpCode(204)
  @Access.member('member.manage')
  @ApiOperation({ summary: 'Remove a member (the last admin cannot be removed)' })
  @ApiNoContentResponse()
  @ApiResponse({ status: 409, description: 'Would leave the newsroom without an admin' })
  remove(@Member() member: MemberContext, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.members.remove(member, userId);
  }

  @Delete(':userId/sessions')
  @HttpCode(204)
  @Access.member('member.manage')
  @ApiOperation({ summary: "End every session of a member at once (all their tokens stop working)" })
  @ApiNoContentResponse()
  revokeSessions(@Member() member: MemberContext, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.members.revokeSessions(member, userId);
  }
}
