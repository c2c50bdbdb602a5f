import { AuthUser, MeResponse, UpdateMeDto, UsersService } from '@chorus/identity';
import { NotificationResponse, NotificationsService } from '@chorus/notifications';
import { Body, Controller, Get, HttpCode, NotFoundException, Patch, Post } from '@nestjs/common';
import { IdParam } from '../http/id-param';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  get(@CurrentUser() user: AuthUser): Promise<MeResponse> {
    return this.users.getMe(user);
  }

  @Patch()
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.users.updateMe(user, dto);
  }

  @Get('notifications')
  listNotifications(@CurrentUser() user: AuthUser): Promise<NotificationResponse[]> {
    return this.notifications.listFor(user.organizationId, user.id);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  async markRead(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.organizationId, user.id, id))) throw new NotFoundException('Notification not found.');
  }
}
