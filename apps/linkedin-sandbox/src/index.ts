export { chorusSandboxOptions } from './chorus-sandbox-options';
export { LinkedinSandboxModule } from './linkedin-sandbox.module';
export { bootstrapStandalone, startLinkedinSandbox } from './start-sandbox';
export type { RunningLinkedinSandbox } from './start-sandbox';
export {
  DEFAULT_SANDBOX_CLIENT,
  DEFAULT_SANDBOX_MEMBERS,
  GENERATED_MEMBER_DAILY_POST_LIMIT,
  generatedSandboxMembers,
  MAX_GENERATED_MEMBERS,
  resolveSandboxOptions,
  SANDBOX_OPTIONS,
  sandboxMemberSub,
  SELF_SERVE_SCOPES,
} from './sandbox-options';
export type {
  ResolvedSandboxOptions,
  SandboxClient,
  SandboxClientOptions,
  SandboxMember,
  SandboxMemberOptions,
  SandboxOptions,
} from './sandbox-options';
export { NO_FAULTS, SandboxState } from './state/sandbox-state.service';
export type { SandboxFaults, SandboxPost, SandboxStats, TokenRecord } from './state/sandbox-state.service';
export type { IssuedTokenDto, SandboxEngagementDto, SandboxMemberDto, SandboxPostDto } from './controls/dto/sandbox-responses.dto';
export { engagementAt } from './posts/engagement';
export type { Engagement } from './posts/engagement';
export { completeSandboxConsent } from './testing/complete-sandbox-consent';
export type { SandboxConsentOptions } from './testing/complete-sandbox-consent';
