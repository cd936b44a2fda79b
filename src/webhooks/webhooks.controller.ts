import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Member } from '../access/access.decorator.js';
import type { MemberContext } from '../access/actor.js';
import { CreatedWebhookDto, CreateWebhookDto, UpdateWebhookDto, WebhookDeliveryListDto, WebhookDto, WebhookListDto } from './dto/webhook.dto.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

@ApiTags('webhooks')
@Controller('api/newsrooms/:slug/webhooks')
export class WebhooksController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Post()
  @Access.member('webhook.manage')
  @ApiOperation({ summary: 'Register an endpoint; the signing secret is returned once' })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  create(@Member() member: MemberContext, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookDto> {
    return this.endpoints.create(member, dto);
  }

  @Get()
  @Access.member('webhook.manage')
  @ApiOkResponse({ type: WebhookListDto })
  list(@Member() member: MemberContext): Promise<WebhookListDto> {
    return this.endpoints.list(member);
  }

  @Get(':webhookId')
  @Access.member('webhook.manage')
  @ApiOkResponse({ type: WebhookDto })
  get(@Member() member: MemberContext, @Param('webhookId') id: string): Promise<WebhookDto> {
    return this.endpoints.get(member, id);
  }

  @Patch(':webhookId')
  @Access.member('webhook.manage')
  @ApiOkResponse({ type: WebhookDto })
  update(@Member() member: MemberContext, @Param('webhookId') id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookDto> {
    return this.endpoints.update(member, id, dto);
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @Access.member('webhook.manage')
  @ApiNoContentResponse()
  remove(@Member() member: MemberContext, @Param('webhookId') id: string): Promise<void> {
    return this.endpoints.remove(member, id);
  }

  @Get(':webhookId/deliveries')
  @Access.member('webhook.manage')
  @ApiOperation({ summary: 'Delivery log: the latest 100 deliveries with every attempt' })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  deliveries(@Member() member: MemberContext, @Param('webhookId') id: string): Promise<WebhookDeliveryListDto> {
    return this.endpoints.deliveries(member, id);
  }
}
