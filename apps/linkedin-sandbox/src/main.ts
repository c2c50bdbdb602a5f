import { ConfigError, loadConfig } from '@chorus/config';
import { bootstrapStandalone } from './start-sandbox';

// `npm run start:sandbox`: the sandbox on its own, for distributed mode without LinkedIn
// credentials (point LINKEDIN_SANDBOX_URL of the api and workers at it).
try {
  const config = loadConfig();
  void bootstrapStandalone(config.linkedin.embeddedSandboxPort ?? 3001).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
