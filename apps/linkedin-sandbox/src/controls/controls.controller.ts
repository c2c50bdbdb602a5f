import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import type { SandboxFaults, SandboxStats } from '../state/sandbox-state.service';
import { ControlsService } from './controls.service';
import { controlsValidationPipe } from './controls.pipes';
import { ExpireMemberTokensDto, IssueMemberTokensDto, RevokeMemberTokensDto } from './dto/member-tokens.dto';
import { IssuedTokenDto, SandboxEngagementDto, SandboxMemberDto, SandboxPostDto } from './dto/sandbox-responses.dto';
import { SetFaultsDto } from './dto/set-faults.dto';

/** Sandbox-only routes for tests and demos, under `/__sandbox`. */
@Controller('__sandbox')
export class ControlsController {
  constructor(private readonly controls: ControlsService) {}

  @Get('posts')
  listPosts(): SandboxPostDto[] {
    return this.controls.listPosts();
  }

  /** Impressions and reshares too, which the Social Actions API does not give. */
  @Get('posts/:id/engagement')
  postEngagement(@Param('id') id: string): SandboxEngagementDto {
    return this.controls.postEngagement(id);
  }

  @Get('members')
  listMembers(): SandboxMemberDto[] {
    return this.controls.listMembers();
  }

  @Get('faults')
  faults(): SandboxFaults {
    return this.controls.faults();
  }

  @Post('faults')
  @HttpCode(200)
  setFaults(@Body(controlsValidationPipe) body: SetFaultsDto): SandboxFaults {
    return this.controls.setFaults(body);
  }

  @Delete('faults')
  clearFaults(): SandboxFaults {
    return this.controls.clearFaults();
  }

  @Post('tokens/issue')
  @HttpCode(200)
  issueTokens(@Body(controlsValidationPipe) body: IssueMemberTokensDto): { tokens: IssuedTokenDto[] } {
    return this.controls.issueTokens(body);
  }

  @Post('tokens/expire')
  @HttpCode(200)
  expireTokens(@Body(controlsValidationPipe) body: ExpireMemberTokensDto): { expired: number } {
    return this.controls.expireTokens(body);
  }

  @Post('tokens/revoke')
  @HttpCode(200)
  revokeTokens(@Body(controlsValidationPipe) body: RevokeMemberTokensDto): { revoked: number } {
    return this.controls.revokeTokens(body);
  }

  @Post('reset')
  @HttpCode(204)
  reset(): void {
    this.controls.reset();
  }

  @Get('stats')
  stats(): SandboxStats {
    return this.controls.stats();
  }

  @Get('avatars/:file')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=86400')
  avatar(@Param('file') file: string): string {
    return this.controls.avatar(file);
  }
}
