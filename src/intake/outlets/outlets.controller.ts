import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../../access/access.decorator.js';
import type { MemberContext } from '../../access/actor.js';
import { expectedVersion } from '../../tickets/expected-version.js';
import { CreateOutletDto, OutletDto, OutletListDto, UpdateOutletDto } from '../dto/outlet.dto.js';
import { OutletsService } from './outlets.service.js';

@ApiTags('outlets')
@Controller('api/newsrooms/:slug/outlets')
export class OutletsController {
  constructor(private readonly outlets: OutletsService) {}

  @Get()
  @Access.member('intake.read')
  @ApiOperation({ summary: "The newsroom's register of outlets", description: 'Each with its domains, reliability label and note, and its track record from published verdicts.' })
  @ApiOkResponse({ type: OutletListDto })
  async list(@Member() member: MemberContext): Promise<OutletListDto> {
    return { items: await this.outlets.list(member) };
  }

  @Get(':outletId')
  @Access.member('intake.read')
  @ApiOperation({ summary: 'One outlet with its track record', description: 'How the claims that appeared in this outlet were rated in published, unretracted verdicts.' })
  @ApiOkResponse({ type: OutletDto })
  get(@Member() member: MemberContext, @Param('outletId') outletId: string): Promise<OutletDto> {
    return this.outlets.get(member, outletId);
  }

  @Post()
  @Access.member('outlet.manage')
  @ApiOperation({ summary: 'Add an outlet to the register', description: 'Names are unique in a newsroom regardless of case (409 otherwise).' })
  @ApiCreatedResponse({ type: OutletDto })
  create(@Member() member: MemberContext, @Body() body: CreateOutletDto): Promise<OutletDto> {
    return this.outlets.create(member, body);
  }

  @Patch(':outletId')
  @Access.member('outlet.manage')
  @ApiOperation({ summary: 'Change an outlet', description: 'Takes the version you read (If-Match or `version`); a stale one is 409.' })
  @ApiHeader({ name: 'If-Match', required: false, description: "The outlet's version (or `version` in the body)" })
  @ApiOkResponse({ type: OutletDto })
  update(@Member() member: MemberContext, @Param('outletId') outletId: string, @Body() body: UpdateOutletDto, @Headers('if-match') ifMatch: string | undefined): Promise<OutletDto> {
    return this.outlets.update(member, outletId, body, expectedVersion(ifMatch, body.version, true));
  }

  @Delete(':outletId')
  @HttpCode(204)
  @Access.member('outlet.manage')
  @ApiOperation({ summary: 'Remove an outlet from the register', description: 'Articles keep the outlet name they were submitted with.' })
  @ApiNoContentResponse({ description: 'Removed (kept in the history)' })
  remove(@Member() member: MemberContext, @Param('outletId') outletId: string): Promise<void> {
    return this.outlets.remove(member, outletId);
  }
}
