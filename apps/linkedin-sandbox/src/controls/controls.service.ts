import { Inject, Injectable } from '@nestjs/common';
import { LinkedinApiException } from '../common/sandbox-exceptions';
import { escapeHtml } from '../oauth/consent-page';
import { TokenService } from '../oauth/token.service';
import { engagementAt } from '../posts/engagement';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS, SandboxClient, SandboxMember } from '../sandbox-options';
import { SandboxFaults, SandboxState, SandboxStats } from '../state/sandbox-state.service';
import {
  IssuedTokenDto,
  mapSandboxEngagement,
  mapSandboxMember,
  mapSandboxPost,
  SandboxEngagementDto,
  SandboxMemberDto,
  SandboxPostDto,
} from './dto/sandbox-responses.dto';
import { ExpireMemberTokensDto, IssueMemberTokensDto, RevokeMemberTokensDto } from './dto/member-tokens.dto';
import { SetFaultsDto } from './dto/set-faults.dto';

/** Test controls: see what LinkedIn received, inject faults, age tokens. Not part of LinkedIn. */
@Injectable()
export class ControlsService {
  constructor(
    @Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions,
    private readonly state: SandboxState,
    private readonly tokens: TokenService,
  ) {}

  listPosts(): SandboxPostDto[] {
    return this.state.listPosts().map(mapSandboxPost);
  }

  postEngagement(id: string): SandboxEngagementDto {
    const post = this.state.findPost(id);
    if (!post) {
      throw new LinkedinApiException({ status: 404, message: `No post ${id}` });
    }
    return mapSandboxEngagement(post.id, engagementAt(post.id, post.createdAt, this.now()));
  }

  listMembers(): SandboxMemberDto[] {
    return this.state.listMembers().map(mapSandboxMember);
  }

  faults(): SandboxFaults {
    return { ...this.state.faults };
  }

  setFaults(request: SetFaultsDto): SandboxFaults {
    this.state.setFaults({
      rate429: request.rate429 ?? 0,
      rate5xx: request.rate5xx ?? 0,
      rateDropAfterCommit: request.rateDropAfterCommit ?? 0,
      delayMs: request.delayMs ?? 0,
      readRate429: request.readRate429 ?? 0,
      readRate5xx: request.readRate5xx ?? 0,
    });
    return this.faults();
  }

  clearFaults(): SandboxFaults {
    this.state.clearFaults();
    return this.faults();
  }

  expireTokens(request: ExpireMemberTokensDto): { expired: number } {
    const member = this.findMember(request.member);
    const kinds: ('access' | 'refresh')[] = request.refreshTokens ? ['access', 'refresh'] : ['access'];
    return { expired: this.state.expireTokensOfMember(member.email, this.now() - 1000, kinds) };
  }

  revokeTokens(request: RevokeMemberTokensDto): { revoked: number } {
    const member = this.findMember(request.member);
    return { revoked: this.state.revokeTokensOfMember(member.email) };
  }

  /** Tokens as if each member had allowed the application; every member and scope is checked before any is issued. */
  issueTokens(request: IssueMemberTokensDto): { tokens: IssuedTokenDto[] } {
    const members = request.members.map((email) => this.findMember(email));
    const client = this.findClient(request.clientId);
    const scopes = [...new Set(request.scopes ?? client.scopes)];
    const refused = scopes.filter((scope) => !client.scopes.includes(scope));
    if (refused.length > 0) {
      throw new LinkedinApiException({ status: 400, message: `scopes: ${refused.join(', ')} not granted to the application ${client.clientId}` });
    }
    const issued = this.tokens.issueAccessTokens(client, members, scopes);
    return { tokens: issued.map((token, i) => ({ member: members[i].email, sub: members[i].sub, ...token })) };
  }

  reset(): void {
    this.state.reset();
  }

  stats(): SandboxStats {
    return this.state.stats(this.now());
  }

  /** A small initials avatar, so `picture` works without the internet. */
  avatar(file: string): string {
    const sub = file.replace(/\.svg$/, '');
    const member = this.state.listMembers().find((candidate) => candidate.sub === sub);
    if (!member) {
      throw new LinkedinApiException({ status: 404, message: 'No such avatar' });
    }
    const initials = `${member.givenName[0] ?? ''}${member.familyName[0] ?? ''}`.toUpperCase();
    return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100" role="img" aria-label="${escapeHtml(member.name)}"><rect width="100" height="100" fill="#0a66c2"/><text x="50" y="62" font-family="sans-serif" font-size="36" text-anchor="middle" fill="#fff">${escapeHtml(initials)}</text></svg>`;
  }

  private findClient(clientId: string | undefined): SandboxClient {
    const client = clientId === undefined ? this.options.clients[0] : this.state.findClient(clientId);
    if (!client) {
      throw new LinkedinApiException({ status: 404, message: `No sandbox application has the client id ${clientId}` });
    }
    return client;
  }

  private findMember(email: string): SandboxMember {
    const member = this.state.findMemberByEmail(email);
    if (!member) {
      throw new LinkedinApiException({ status: 404, message: `No sandbox member has the email ${email}` });
    }
    return member;
  }

  private now(): number {
    return this.options.clock().getTime();
  }
}
