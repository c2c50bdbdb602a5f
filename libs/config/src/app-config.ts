import { isAbsolute, join, resolve } from 'node:path';

/** How the processes and infrastructure are arranged. */
export type DeploymentMode = 'embedded' | 'distributed';

export interface TokenEncryptionKey {
  /** Stored beside each ciphertext so keys can rotate. */
  id: string;
  /** 32 bytes for AES-256-GCM. */
  key: Buffer;
}

/** The one typed configuration object, built and validated once at boot. */
export interface AppConfig {
  mode: DeploymentMode;
  port: number;
  appUrl: string;
  dataDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };
  redis: { url: string; prefix: string } | null;
  jobs: {
    /** First retry delay; each further retry doubles it. */
    retryBaseDelayMs: number;
  };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    inviteTtlHours: number;
    loginRateLimitPerMinute: number;
    secureCookies: boolean;
  };
  tokenEncryptionKeys: TokenEncryptionKey[];
  seedDemo: boolean;
  webDistDir: string;
  linkedin: {
    clientId: string | null;
    clientSecret: string | null;
    /** Set when Chorus talks to the bundled sandbox instead of LinkedIn. */
    sandboxPort: number;
  };
}

export function resolveDataPath(dataDir: string, file: string): string {
  return isAbsolute(file) ? file : join(resolve(dataDir), file);
}
