import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import accepts from 'accepts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../access/access.decorator.js';
import { PublicVerdictDto, PublicVerdictListDto } from './dto/public-verdict.dto.js';
import { PublicVerdictsService } from './public-verdicts.service.js';
import { Revalidated } from './public-revalidation.js';

// Public pages run no script and load nothing but inline styles and https images.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

@ApiTags('public')
@Controller('public/:slug')
export class PublicController {
  constructor(private readonly verdicts: PublicVerdictsService) {}

  @Get('verdicts')
  @Access.public()
  @Revalidated()
  @ApiOperation({ summary: 'Published verdicts of a newsroom, most recently changed first' })
  @ApiOkResponse({ type: PublicVerdictListDto })
  list(@Param('slug') slug: string): Promise<PublicVerdictListDto> {
    return this.verdicts.list(slug);
  }

  @Get('verdicts/:id')
  @Access.public()
  @Revalidated()
  @ApiOperation({ summary: 'One published verdict: an HTML page with ClaimReview JSON-LD, or JSON with Accept: application/json' })
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ type: PublicVerdictDto, description: 'JSON with Accept: application/json; otherwise the HTML page' })
  async one(@Param('slug') slug: string, @Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const verdict = await this.verdicts.one(slug, id);
    reply.header('Vary', 'Accept').header('Cache-Control', 'public, max-age=60');
    if (accepts(request.raw).type(['text/html', 'application/json']) === 'application/json') await reply.send(this.verdicts.json(verdict));
    else await reply.header('Content-Security-Policy', PAGE_CSP).type('text/html; charset=utf-8').send(this.verdicts.page(slug, verdict));
  }

  @Get('feed.json')
  @Access.public()
  @Revalidated()
  @ApiOperation({ summary: 'JSON Feed 1.1 of published verdicts, corrections and retractions' })
  @ApiProduces('application/feed+json')
  async jsonFeed(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    const feed = JSON.stringify(await this.verdicts.jsonFeed(slug));
    await reply.header('Cache-Control', 'public, max-age=60').type('application/feed+json; charset=utf-8').send(feed);
  }

  @Get('feed.xml')
  @Access.public()
  @Revalidated()
  @ApiOperation({ summary: 'Atom feed of published verdicts, corrections and retractions' })
  @ApiProduces('application/atom+xml')
  async atomFeed(@Param('slug') slug: string, @Res() reply: FastifyReply): Promise<void> {
    const feed = await this.verdicts.atomFeed(slug);
    await reply.header('Cache-Control', 'public, max-age=60').type('application/atom+xml; charset=utf-8').send(feed);
  }
}
