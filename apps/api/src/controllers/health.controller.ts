import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: 'ok'; mode: string; database: string; jobs: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('The database is not reachable.');
    }
    return {
      status: 'ok',
      mode: this.config.mode,
      database: this.config.database.type,
      jobs: this.config.redis ? 'bullmq' : 'in-process',
    };
  }
}
