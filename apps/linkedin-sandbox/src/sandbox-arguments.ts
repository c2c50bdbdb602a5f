import { MAX_GENERATED_MEMBERS, SandboxOptions } from './sandbox-options';

/** A command line `npm run start:sandbox -- …` cannot use; the message says why. */
export class SandboxArgumentsError extends Error {}

const USAGE = `npm run start:sandbox [-- --members N] (N generated members beside the demo's, 0 to ${MAX_GENERATED_MEMBERS})`;

/**
 * The standalone sandbox's command line: `--members N` adds N generated members
 * (`member-1@sandbox.chorus` …, see `generatedSandboxMembers`) to the demo's six.
 */
export function parseSandboxArguments(args: readonly string[]): Pick<SandboxOptions, 'generatedMembers'> {
  const options: Pick<SandboxOptions, 'generatedMembers'> = {};
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (name !== '--members') throw new SandboxArgumentsError(`Unknown argument "${args[i]}"; usage: ${USAGE}.`);
    const value = inline ?? args[++i];
    if (value === undefined || !/^\d+$/.test(value) || Number(value) > MAX_GENERATED_MEMBERS) {
      throw new SandboxArgumentsError(`--members must be a whole number from 0 to ${MAX_GENERATED_MEMBERS}; got ${value === undefined ? 'nothing' : `"${value}"`}.`);
    }
    options.generatedMembers = Number(value);
  }
  return options;
}
