import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Member } from '../access/access.decorator.js';
import type { MemberContext, UserContext } from '../access/actor.js';
import { CreateNewsroomDto, NewsroomDto, NewsroomSummaryDto, UpdateNewsroomDto } from './dto/newsroom.dto.js';
import { NewsroomsService } from './newsrooms.service.js';

@ApiTags('newsrooms')
@Controller('api/newsrooms')
export class NewsroomsController {
  constructor(private readonly newsrooms: NewsroomsService) {}

  @Post()
  @Access.user()
  @ApiOperation({ summary: 'Create a newsroom; you become its admin' })
  @ApiCreatedResponse({ type: NewsroomDto })
  @ApiResponse({ status: 409, description: 'The slug is taken' })
  create(@CurrentUser() user: UserContext, @Body() dto: CreateNewsroomDto): Promise<NewsroomDto> {
    return this.newsrooms.create(user.userId, dto);
  }

  @Get()
  @Access.user()
  @ApiOperation({ summary: 'The newsrooms you are a member of, with your role' })
  @ApiOkResponse({ type: [NewsroomSummaryDto] })
  list(@CurrentUser() user: UserContext): Promise<NewsroomSummaryDto[]> {
    return this.newsrooms.listMine(user.userId);
  }

  @Get(':slug')
  @Access.member('newsroom.read')
  @ApiOperation({ summary: 'A newsroom and its settings (rating scale, sign-off policy, publisher)' })
  @ApiOkResponse({ type: NewsroomDto })
  get(@Member() member: MemberContext): Promise<NewsroomDto> {
    return this.newsrooms.get(member);
  }

  @Patch(':slug')
  @Access.member('newsroom.manage')
  @ApiOperation({ summary: 'Rename the newsroom or replace parts of its settings' })
  @ApiOkResponse({ type: NewsroomDto })
  @ApiResponse({ status: 409, description: 'A rating still used by tickets would be removed' })
  update(@Member() member: MemberContext, @Body() dto: UpdateNewsroomDto): Promise<NewsroomDto> {
    return this.newsrooms.update(member, dto);
  }
}
