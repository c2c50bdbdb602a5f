import { userMessage } from '@chorus/messages';
import { AuthUser, MeResponse, UpdateMeDto, UsersService } from '@chorus/identity';
import { NotificationResponse, NotificationsService } from '@chorus/notifications';
import { Body, Controller, Get, HttpCode, NotFoundException, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('me')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeResponse })
  get(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.users.getMe(user);
  }

  @Patch()
  @ApiOkResponse({ type: MeResponse })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.users.updateMe(user, dto);
  }

  @Get('notifications')
  @ApiOkResponse({ type: [NotificationResponse] })
  listNotifications(@CurrentUser() user: AuthUser): Promise<NotificationResponse[]> {
    return this.notifications.listFor(user.organizationId, user.id);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Marked read' })
  async markRead(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.organizationId, user.id, id))) throw new NotFoundException(userMessage('me.notificationNotFound'));
  }
}
