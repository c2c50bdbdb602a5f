import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';

export interface MetaResponse {
  /** The demo organisation is seeded here: the sign-in page may show its users. */
  demo: boolean;
  /** Connections go to the bundled LinkedIn sandbox rather than LinkedIn. */
  linkedinSandbox: boolean;
  mode: AppConfig['mode'];
}

/** What the UI needs to know about this installation before anyone signs in. */
@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  get(): MetaResponse {
    return { demo: this.config.seedDemo, linkedinSandbox: this.config.linkedin.sandboxUrl !== null, mode: this.config.mode };
  }
}
