import { ConfigError } from '@chorus/config';
import { Logger } from '@nestjs/common';

/** A mistake in the command line: shown as a sentence, without a stack trace. */
export class UsageError extends Error {}

/** Runs a process's main function; a bad setting or command line ends it with a sentence, anything else with a stack. */
export function runProcess(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError) {
      console.error(error.message);
    } else {
      new Logger('Chorus').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  });
}
