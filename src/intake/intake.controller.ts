import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { ArticleActionsDto, ArticleActionsResultDto, ArticleDto, ArticleListQueryDto, ArticlePageDto, SubmitArticleDto } from './dto/intake.dto.js';
import { IntakeActionsService } from './intake-actions.service.js';
import { IntakeService } from './intake.service.js';

const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: 'Retrying with the same key and body returns the first result' };

@ApiTags('intake')
@Controller('api/newsrooms/:slug/intake')
export class IntakeController {
  constructor(
    private readonly intake: IntakeService,
    private readonly actions: IntakeActionsService,
  ) {}

  @Post()
  @Access.member('intake.submit')
  @ApiOperation({
    summary: 'Submit an article and get its check-worthy claims',
    description:
      'Plain text or HTML (reduced to text: markup, scripts and page furniture are dropped, and `dropped` says what and why). ' +
      'Every sentence is scored; the best are kept as candidates with their reasons and claimant, each with the tickets of this newsroom ' +
      'that look like the same claim and the public verdicts of every newsroom on this desk. 413 when the text is too long, 422 when it is not text.',
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: ArticleDto })
  async submit(
    @Member() member: MemberContext,
    @Body() body: SubmitArticleDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleDto> {
    const { article, replayed } = await this.intake.submit(member, body, key);
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return article;
  }

  @Get()
  @Access.member('intake.read')
  @ApiOperation({ summary: 'Articles received, newest first', description: 'Cursor pages of article summaries (no text).' })
  @ApiOkResponse({ type: ArticlePageDto })
  list(@Member() member: MemberContext, @Query() query: ArticleListQueryDto): Promise<ArticlePageDto> {
    return this.intake.list(member, query.cursor, query.limit ?? 25);
  }

  @Get(':articleId')
  @Access.member('intake.read')
  @ApiOperation({ summary: 'One article with its candidates', description: 'Matches are computed on every read, so they include tickets created since the article came in.' })
  @ApiOkResponse({ type: ArticleDto })
  get(@Member() member: MemberContext, @Param('articleId') articleId: string): Promise<ArticleDto> {
    return this.intake.get(member, articleId);
  }

  @Post(':articleId/actions')
  @Access.member('intake.submit')
  @ApiOperation({
    summary: 'Create tickets from candidates, or add the article to existing tickets',
    description:
      'All or nothing. An action without `ticketId` creates a ticket from the candidate (claimant, language, claim date and the article as first appearance prefilled); ' +
      'with `ticketId`, the article becomes one more appearance of that ticket (which needs the right to update it). A candidate already linked to another ticket is 409.',
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: ArticleActionsResultDto })
  async act(
    @Member() member: MemberContext,
    @Param('articleId') articleId: string,
    @Body() body: ArticleActionsDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleActionsResultDto> {
    const { value, replayed } = await this.actions.act(member, articleId, body, key);
    if (replayed) reply.header('Idempotent-Replayed', 'true');
    return value;
  }
}
