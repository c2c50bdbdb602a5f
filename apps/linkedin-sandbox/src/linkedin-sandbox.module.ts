import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ResponseStatsMiddleware } from './common/response-stats.middleware';
import { SandboxExceptionFilter } from './common/sandbox-exception.filter';
import { ControlsController } from './controls/controls.controller';
import { ControlsService } from './controls/controls.service';
import { ConsentService } from './oauth/consent.service';
import { FormEncodedGuard } from './oauth/form-encoded.guard';
import { MemberTokenGuard } from './oauth/member-token.guard';
import { OAuthController } from './oauth/oauth.controller';
import { TokenService } from './oauth/token.service';
import { UserinfoController } from './oauth/userinfo.controller';
import { PostsController } from './posts/posts.controller';
import { PostsService } from './posts/posts.service';
import { RestliHeadersGuard } from './posts/restli-headers.guard';
import { PostAnalyticsController } from './posts/post-analytics.controller';
import { SocialActionsController } from './posts/social-actions.controller';
import { resolveSandboxOptions, SANDBOX_OPTIONS, SandboxOptions } from './sandbox-options';
import { SandboxState } from './state/sandbox-state.service';

/**
 * The LinkedIn sandbox. It is the root module of its own Nest application (see
 * startLinkedinSandbox): its exception filter is global to that application, so every answer,
 * unknown routes included, has LinkedIn's shape.
 */
@Module({})
export class LinkedinSandboxModule implements NestModule {
  static forRoot(options: SandboxOptions = {}): DynamicModule {
    return {
      module: LinkedinSandboxModule,
      controllers: [OAuthController, UserinfoController, PostsController, SocialActionsController, PostAnalyticsController, ControlsController],
      providers: [
        { provide: SANDBOX_OPTIONS, useValue: resolveSandboxOptions(options) },
        { provide: APP_FILTER, useClass: SandboxExceptionFilter },
        SandboxState,
        ConsentService,
        TokenService,
        PostsService,
        ControlsService,
        MemberTokenGuard,
        RestliHeadersGuard,
        FormEncodedGuard,
      ],
      exports: [SandboxState],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ResponseStatsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
