import { AuthUser, Role } from '@chorus/identity';
import {
  MailPreferencesService,
  NotificationPreferencesResponse,
  UpdateNotificationPreferencesDto,
  SentMailListResponse,
  SentMailQueryDto,
  SentMailResponse,
  SentMailService,
  UnsubscribeQueryDto,
  UnsubscribeResponse,
} from '@chorus/mail';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

/** What Chorus mails people: their choices, the signed unsubscribe links, and the admins' sent-mail log. */
@ApiTags('mail')
@ApiErrorResponses()
@Controller()
export class MailController {
  constructor(
    private readonly preferences: MailPreferencesService,
    private readonly sentMail: SentMailService,
  ) {}

  @Get('me/notification-preferences')
  @ApiBearerAuth()
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  getPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesResponse> {
    return this.preferences.get(user);
  }

  @Patch('me/notification-preferences')
  @ApiBearerAuth()
  @ApiBody({ type: UpdateNotificationPreferencesDto, description: 'Only the kinds to change: {"share.published": "instant", "weeklyDigestDay": 5}' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  updatePreferences(@CurrentUser() user: AuthUser, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesResponse> {
    return this.preferences.update(user, body);
  }

  @Public()
  @Get('unsubscribe')
  @ApiOkResponse({ type: UnsubscribeResponse, description: 'What the link would stop; nothing changes (mail scanners open links)' })
  describeUnsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeResponse> {
    return this.preferences.unsubscribe(query.token, false);
  }

  /** The page's button, and RFC 8058's one-click POST from the mail client (`List-Unsubscribe=One-Click`). */
  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOkResponse({ type: UnsubscribeResponse, description: 'Stopped; the person can turn it on again in their settings' })
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeResponse> {
    return this.preferences.unsubscribe(query.token, true);
  }

  @Get('admin/sent-mail')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: SentMailListResponse, description: 'Newest first. Without SMTP_URL every mail is kept here instead of sent' })
  listSentMail(@CurrentUser() user: AuthUser, @Query() query: SentMailQueryDto): Promise<SentMailListResponse> {
    return this.sentMail.list(user, query);
  }

  @Get('admin/sent-mail/:id')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: SentMailResponse })
  getSentMail(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SentMailResponse> {
    return this.sentMail.get(user, id);
  }
}
