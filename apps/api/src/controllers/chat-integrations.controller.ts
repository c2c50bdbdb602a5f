import { userMessage } from '@chorus/messages';
import { CHAT_SERVICES, ChatIntegrationsService, ChatService, ChatWebhookResponse, ChatWebhookScopeDto, PutChatWebhookDto } from '@chorus/chat';
import { AuthUser } from '@chorus/identity';
import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';

/** Anything but slack or teams names no integration: 404, like any unknown path. */
function serviceOf(raw: string): ChatService {
  if (!(CHAT_SERVICES as readonly string[]).includes(raw)) throw new NotFoundException(userMessage('error.notFound'));
  return raw as ChatService;
}

@ApiTags('organization')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('organization/integrations')
export class ChatIntegrationsController {
  constructor(private readonly integrations: ChatIntegrationsService) {}

  @Get()
  @ApiOkResponse({ type: [ChatWebhookResponse] })
  list(@CurrentUser() user: AuthUser): Promise<ChatWebhookResponse[]> {
    return this.integrations.list(user);
  }

  @Put(':service')
  @ApiParam({ name: 'service', enum: CHAT_SERVICES, enumName: 'ChatService' })
  @ApiOkResponse({ type: ChatWebhookResponse, description: 'The webhook as set (a disabled one becomes active again)' })
  put(@CurrentUser() user: AuthUser, @Param('service') service: string, @Body() dto: PutChatWebhookDto): Promise<ChatWebhookResponse> {
    return this.integrations.put(user, serviceOf(service), dto);
  }

  @Delete(':service')
  @HttpCode(204)
  @ApiParam({ name: 'service', enum: CHAT_SERVICES, enumName: 'ChatService' })
  @ApiNoContentResponse({ description: 'Removed' })
  remove(@CurrentUser() user: AuthUser, @Param('service') service: string, @Query() scope: ChatWebhookScopeDto): Promise<void> {
    return this.integrations.remove(user, serviceOf(service), scope.teamId ?? null);
  }
}
