import { ChatIntegrationsService, ChatModule } from '@chorus/chat';
import { AppConfig, isTimeZone } from '@chorus/config';
import { ComplianceModule } from '@chorus/compliance';
import { IdentityModule, OrganizationsService } from '@chorus/identity';
import { CoreModule } from '@chorus/platform';
import { KeyRotationService, PublishingModule } from '@chorus/publishing';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { UsageError } from '@chorus/platform';

const HELP = `Chorus operator commands (npm run cli -- <command> [options])

  create-org --name "Acme" --admin-email ops@acme.com --admin-name "Ops Admin" [--timezone Asia/Jakarta] [--locale en|id]
      Creates an organisation and its first admin, and prints the admin's one-time invite link.

  rotate-keys
      Re-encrypts every stored OAuth token under the first key of TOKEN_ENCRYPTION_KEYS.
      Put the new key first, keep the old ones after it, run this, then remove the old keys.

  help
      Shows this text.
`;

@Module({})
class CliModule {}


export async function runCli(config: AppConfig, argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return;
  }
  if (command === 'rotate-keys') return rotateKeys(config);
  if (command !== 'create-org') throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
  const values = parseOptions(rest);
  const missing = ['name', 'admin-email', 'admin-name'].filter((k) => !values[k as keyof typeof values]);
  if (missing.length > 0) throw new UsageError(`create-org needs ${missing.map((m) => `--${m}`).join(', ')}.\n\n${HELP}`);
  if (values.locale && !['en', 'id'].includes(values.locale)) throw new UsageError('--locale must be en or id.');
  if (values.timezone && !isTimeZone(values.timezone)) throw new UsageError(`--timezone must be an IANA time zone such as Asia/Jakarta; got "${values.timezone}".`);

  const app = await NestFactory.createApplicationContext(
    { module: CliModule, imports: [CoreModule.forRoot(config, { runMigrations: true }), IdentityModule, ComplianceModule] },
    { logger: ['error', 'warn'] },
  );
  try {
    const created = await app.get(OrganizationsService).create({
      name: values.name!,
      timezone: values.timezone,
      defaultLocale: values.locale,
      admin: { email: values['admin-email']!.toLowerCase(), name: values['admin-name']! },
    });
    console.log(`Created organisation "${created.organization.name}" (${created.organization.slug}).`);
    console.log(`Send this one-time link to ${created.admin.email} to set a password (it expires in ${config.auth.inviteTtlHours} hours):`);
    console.log(created.inviteUrl);
  } finally {
    await app.close();
  }
}

async function rotateKeys(config: AppConfig): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    { module: CliModule, imports: [CoreModule.forRoot(config, { runMigrations: true }), PublishingModule, ChatModule] },
    { logger: ['error', 'warn'] },
  );
  try {
    const { reencrypted, remaining } = await app.get(KeyRotationService).rotate();
    const webhooks = await app.get(ChatIntegrationsService).rotateKeys();
    console.log(`Re-encrypted ${reencrypted} connection(s) under key "${config.tokenEncryptionKeys[0].id}".`);
    console.log(`Re-encrypted ${webhooks.reencrypted} chat webhook URL(s).`);
    const left = remaining + webhooks.remaining;
    console.log(left === 0 ? 'No token uses an older key any more: the old keys can be removed.' : `${left} connection(s) or webhook(s) still use another key.`);
  } finally {
    await app.close();
  }
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        timezone: { type: 'string' },
        locale: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP}`);
  }
}
