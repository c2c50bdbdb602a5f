import { APP_CONFIG, AppConfig, DeploymentMode } from '@chorus/config';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';

const MODES: readonly DeploymentMode[] = ['embedded', 'distributed'];

export class MetaResponse {
  @ApiProperty({ description: 'The demo organisation is seeded here: the sign-in page may show its users.' }) demo!: boolean;
  @ApiProperty({ description: 'Connections go to the bundled LinkedIn sandbox rather than LinkedIn.' }) linkedinSandbox!: boolean;
  @ApiProperty({ enum: MODES, enumName: 'DeploymentMode' }) mode!: AppConfig['mode'];
}

/** What the UI needs to know about this installation before anyone signs in. */
@ApiTags('meta')
@ApiErrorResponses()
@Controller('meta')
export class MetaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: MetaResponse })
  get(): MetaResponse {
    return { demo: this.config.seedDemo, linkedinSandbox: this.config.linkedin.sandboxUrl !== null, mode: this.config.mode };
  }
}
