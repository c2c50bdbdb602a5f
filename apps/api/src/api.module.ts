import { AnalyticsModule } from '@chorus/analytics';
import { ChatModule } from '@chorus/chat';
import { APP_CONFIG, AppConfig } from '@chorus/config';
import { ComplianceModule } from '@chorus/compliance';
import { ContentModule } from '@chorus/content';
import { GamificationModule } from '@chorus/gamification';
import { IdentityModule } from '@chorus/identity';
import { MailModule } from '@chorus/mail';
import { NotificationsModule } from '@chorus/notifications';
import { HealthModule } from '@chorus/platform';
import { PublishingModule } from '@chorus/publishing';
import { SharesModule } from '@chorus/shares';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { JwtAuthGuard, RolesGuard, SignInGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { AnalyticsController } from './controllers/analytics.controller';
import { AuthController } from './controllers/auth.controller';
import { ChatIntegrationsController } from './controllers/chat-integrations.controller';
import { ComplianceController } from './controllers/compliance.controller';
import { ConnectionsController } from './controllers/connections.controller';
import { GamificationController } from './controllers/gamification.controller';
import { HealthController } from './controllers/health.controller';
import { MailController } from './controllers/mail.controller';
import { MeController } from './controllers/me.controller';
import { MetaController } from './controllers/meta.controller';
import { OrganizationController } from './controllers/organization.controller';
import { PostsController } from './controllers/posts.controller';
import { RewardsController } from './controllers/rewards.controller';
import { SharesController } from './controllers/shares.controller';
import { TeamsController } from './controllers/teams.controller';
import { TrackedLinksController } from './controllers/tracked-links.controller';
import { UsersController } from './controllers/users.controller';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { RateLimitGuard, rateLimitOptions } from './http/rate-limits';
import { createValidationPipe } from './http/validation.pipe';

/** The HTTP API. Global pipe, guards and filter are providers so tests get them too. */
@Module({
  imports: [
    PassportModule,
    HealthModule,
    IdentityModule,
    NotificationsModule,
    ContentModule,
    ComplianceModule,
    SharesModule,
    PublishingModule,
    GamificationModule,
    ChatModule,
    MailModule,
    AnalyticsModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => rateLimitOptions(config),
    }),
  ],
  controllers: [
    AuthController,
    MeController,
    UsersController,
    TrackedLinksController,
    AnalyticsController,
    TeamsController,
    OrganizationController,
    ChatIntegrationsController,
    MailController,
    PostsController,
    SharesController,
    ComplianceController,
    ConnectionsController,
    MetaController,
    HealthController,
    GamificationController,
    RewardsController,
  ],
  providers: [
    JwtStrategy,
    LocalStrategy,
    SignInGuard,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    // After the JWT guard, so per-user limits know the user.
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class ApiModule {}
