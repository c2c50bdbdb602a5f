import { APP_CONFIG, AppConfig } from '@chorus/config';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { jsonDestination, LOG_DESTINATION, prettyDestination } from './log-destination';
import { pinoHttpOptions } from './log-options';

/**
 * Structured logs for every process through nestjs-pino: Nest's `Logger` calls, request lines
 * and job lines all become JSON (or readable lines in embedded mode) with the request id.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          providers: [{ provide: LOG_DESTINATION, useFactory: () => (config.logFormat === 'pretty' ? prettyDestination() : jsonDestination()) }],
          inject: [APP_CONFIG, LOG_DESTINATION],
          useFactory: (appConfig: AppConfig, destination) => ({ pinoHttp: [pinoHttpOptions(appConfig), destination] }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
