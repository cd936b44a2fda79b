import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { expectedVersion } from '../tickets/expected-version.js';
import { RestoreWriteupDto, WriteupDto, WriteupQueryDto, WriteupRestoredDto, WriteupVersionListDto } from './dto/writeup.dto.js';
import { WriteupRestoreService } from './writeup-restore.service.js';
import { WriteupsQueries } from './writeups.queries.js';

@ApiTags('writeups')
@Controller('api/newsrooms/:slug/tickets/:id/writeup')
export class WriteupsController {
  constructor(
    private readonly queries: WriteupsQueries,
    private readonly restorer: WriteupRestoreService,
  ) {}

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

  @Post('versions/:n/restore')
  @HttpCode(200)
  @Access.member('writeup.restore')
  @ApiOperation({
    summary: 'Replace the write-up with a kept version',
    description:
      'Editors, while the ticket is researching, drafting or in review. Applied through the live document like an edit (connected editors see it at once, it is logged durably and audited) and bumps the ticket version; takes the version you read as If-Match or `version`. Also the way out of a write-up stored before updates were checked that is too deep to edit.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ticket version (or `version` in the body)' })
  @ApiOkResponse({ type: WriteupRestoredDto })
  restore(
    @Member() member: MemberContext,
    @Param('id') id: string,
    @Param('n', new ParseIntPipe({ errorHttpStatusCode: 404 })) n: number,
    @Body() body: RestoreWriteupDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<WriteupRestoredDto> {
    return this.restorer.restore(member, id, n, expectedVersion(ifMatch, body.version, true));
  }

  @Post('clear')
  @HttpCode(200)
  @Access.member('writeup.restore')
  @ApiOperation({
    summary: 'Clear the write-up',
    description:
      'Editors, while the ticket is researching, drafting or in review: deletes all of the write-up through the live document, like an edit, and bumps the ticket version (If-Match or `version`). Works on a write-up too deep to edit, which it clears in slices.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ticket version (or `version` in the body)' })
  @ApiOkResponse({ type: WriteupRestoredDto })
  clear(@Member() member: MemberContext, @Param('id') id: string, @Body() body: RestoreWriteupDto, @Headers('if-match') ifMatch: string | undefined): Promise<WriteupRestoredDto> {
    return this.restorer.restore(member, id, null, expectedVersion(ifMatch, body.version, true));
  }
}
