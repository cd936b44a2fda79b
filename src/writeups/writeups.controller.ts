import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { WriteupDto, WriteupQueryDto, WriteupVersionListDto } from './dto/writeup.dto.js';
import { WriteupsQueries } from './writeups.queries.js';

@ApiTags('writeups')
@Controller('api/newsrooms/:slug/tickets/:id/writeup')
export class WriteupsController {
  constructor(private readonly queries: WriteupsQueries) {}

  @Get()
  @Access.member('ticket.read')
  @ApiOperation({ summary: 'The write-up as text and ProseMirror JSON: current, or a kept version with ?version=N' })
  @ApiOkResponse({ type: WriteupDto })
  read(@Member() member: MemberContext, @Param('id') id: string, @Query() query: WriteupQueryDto): Promise<WriteupDto> {
    return this.queries.read(member, id, query);
  }

  @Get('versions')
  @Access.member('ticket.read')
  @ApiOperation({ summary: 'Kept versions of the write-up (at submission, sign-off, publication)' })
  @ApiOkResponse({ type: WriteupVersionListDto })
  versions(@Member() member: MemberContext, @Param('id') id: string): Promise<WriteupVersionListDto> {
    return this.queries.versions(member, id);
  }
}
