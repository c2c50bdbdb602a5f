/** Boot stops with this: every problem is a sentence naming the setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Chorus cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
