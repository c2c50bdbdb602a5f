import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional, Type } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * Work a worker does every `intervalMs`, from boot to shutdown. One tick at a time: calling
 * `tick()` while one runs returns that run instead of starting another, so a slow run is
 * never overlapped by the next interval (or by a test calling it). A failure is logged and
 * the next interval tries again. Shutdown stops the timer and waits for the run in progress.
 * Every tick is safe with several workers: the work itself claims what it does.
 */
export abstract class Tick implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  /** Nest's scheduler registry (@nestjs/schedule), so every tick's interval is listed and stopped with the app. */
  @Optional() @Inject(SchedulerRegistry) private readonly scheduler?: SchedulerRegistry;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  protected constructor(
    private readonly name: string,
    private readonly intervalMs: number,
  ) {
    this.logger = new Logger(name);
  }

  /** One run of the work. Throwing is fine: it is logged, and the next interval runs again. */
  protected abstract run(): Promise<void>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.scheduler?.addInterval(this.name, this.timer);
  }

  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.run()
      .catch((error: unknown) => this.logger.error(`${this.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.scheduler?.doesExist('interval', this.name)) this.scheduler.deleteInterval(this.name);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

type Instances<Deps extends readonly Type<unknown>[]> = { [K in keyof Deps]: Deps[K] extends Type<infer Instance> ? Instance : never };

/** What a scheduled tick does, how often, with which services (see `tickOf`). */
export interface TickDefinition<Deps extends readonly Type<unknown>[]> {
  /** The log context and the scheduler registry's name of the interval. */
  name: string;
  /** Milliseconds between runs, or read from the configuration. */
  every: number | ((config: AppConfig) => number);
  /** The services `run` is given, in order (Nest injects them). */
  uses: Deps;
  run(services: Instances<Deps>, logger: Logger): Promise<void>;
}

/**
 * A Tick as a Nest provider from its definition: the one shape every worker tick takes, so a
 * tick file says only what runs, how often and with what. `app.get(TheTick).tick()` runs it once.
 */
export function tickOf<const Deps extends readonly Type<unknown>[]>(definition: TickDefinition<Deps>): Type<Tick> {
  @Injectable()
  class DefinedTick extends Tick {
    private readonly services: Instances<Deps>;

    constructor(config: AppConfig, ...services: unknown[]) {
      super(definition.name, typeof definition.every === 'number' ? definition.every : definition.every(config));
      this.services = services as Instances<Deps>;
    }

    protected run(): Promise<void> {
      return definition.run(this.services, this.logger);
    }
  }
  [APP_CONFIG, ...definition.uses].forEach((token, index) => Inject(token)(DefinedTick, undefined, index));
  Object.defineProperty(DefinedTick, 'name', { value: `${definition.name}Tick` });
  return DefinedTick;
}
