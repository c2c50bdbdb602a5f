import { APP_CONFIG } from '@chorus/config';
import { Injectable, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Tick, tickOf } from './tick';

/** A tick whose runs finish when the test says so. */
class ControlledTick extends Tick {
  runs = 0;
  private finishers: ((error?: Error) => void)[] = [];

  constructor() {
    super('Controlled', 1000);
  }

  protected run(): Promise<void> {
    this.runs++;
    return new Promise((resolve, reject) => this.finishers.push((error) => (error ? reject(error) : resolve())));
  }

  finish(error?: Error): void {
    this.finishers.shift()!(error);
  }
}

describe('Tick', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('never overlaps itself: a tick while one runs returns the running one', async () => {
    const tick = new ControlledTick();
    const first = tick.tick();
    expect(tick.tick()).toBe(first);
    expect(tick.runs).toBe(1);
    tick.finish();
    await first;
    const second = tick.tick();
    expect(second).not.toBe(first);
    expect(tick.runs).toBe(2);
    tick.finish();
    await second;
  });

  it('logs a failing run with its name and carries on with the next one', async () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const tick = new ControlledTick();
    const failing = tick.tick();
    tick.finish(new Error('database went away'));
    await expect(failing).resolves.toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Controlled failed: Error: database went away/);
    const next = tick.tick();
    tick.finish();
    await next;
    expect(tick.runs).toBe(2);
  });

  it('runs every interval from boot, and on shutdown stops and waits for the run in progress', async () => {
    jest.useFakeTimers();
    const tick = new ControlledTick();
    tick.onApplicationBootstrap();
    jest.advanceTimersByTime(999);
    expect(tick.runs).toBe(0);
    jest.advanceTimersByTime(1);
    expect(tick.runs).toBe(1);
    // Still running when the next interval comes: no second run.
    jest.advanceTimersByTime(1000);
    expect(tick.runs).toBe(1);

    let stopped = false;
    const shutdown = tick.onApplicationShutdown().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    tick.finish();
    await shutdown;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(5000);
    await tick.tick();
    expect(tick.runs).toBe(1);
  });
});

describe('tickOf', () => {
  @Injectable()
  class Counter {
    counted: string[] = [];
  }
  @Injectable()
  class Greeter {
    greet = (name: string) => `hello ${name}`;
  }
  const Greeting = tickOf({
    name: 'Greeting',
    every: (config) => config.publishing.dispatchIntervalMs * 3,
    uses: [Counter, Greeter],
    run: async ([counter, greeter]) => {
      counter.counted.push(greeter.greet('tick'));
    },
  });

  it('is a Nest provider given its services in order, named after its definition, with its interval read from the configuration', async () => {
    jest.useFakeTimers();
    const module = await Test.createTestingModule({
      providers: [Counter, Greeter, Greeting, { provide: APP_CONFIG, useValue: { publishing: { dispatchIntervalMs: 100 } } }],
    }).compile();
    const app = module.createNestApplication();
    await app.init();
    try {
      expect(Greeting.name).toBe('GreetingTick');
      await module.get(Greeting).tick();
      expect(module.get(Counter).counted).toEqual(['hello tick']);
      jest.advanceTimersByTime(299);
      expect(module.get(Counter).counted).toHaveLength(1);
      jest.advanceTimersByTime(1);
      await Promise.resolve();
      expect(module.get(Counter).counted).toHaveLength(2);
    } finally {
      await app.close();
    }
  });
});
