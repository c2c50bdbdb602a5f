import { ConfigError, loadConfig } from '@chorus/config';
import { chorusSandboxOptions } from './chorus-sandbox-options';
import { parseSandboxArguments, SandboxArgumentsError } from './sandbox-arguments';
import { bootstrapStandalone } from './start-sandbox';

// `npm run start:sandbox [-- --members N]`: the sandbox on its own, for distributed mode without
// LinkedIn credentials (point LINKEDIN_SANDBOX_URL of the api and workers at it), optionally
// with N generated members for load (docs/development.md, "Benchmarks").
try {
  const config = loadConfig();
  const args = parseSandboxArguments(process.argv.slice(2));
  // Chorus's callback (from APP_URL) is the one redirect URL registered, so give this process
  // the same APP_URL as the api.
  void bootstrapStandalone({ ...chorusSandboxOptions(config), ...args, port: config.linkedin.embeddedSandboxPort ?? 3001 }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof SandboxArgumentsError ? error.message : error);
  process.exitCode = 1;
}
