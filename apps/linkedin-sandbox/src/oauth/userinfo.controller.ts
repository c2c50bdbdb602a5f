import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { mapUserinfo, UserinfoResponseDto } from './dto/userinfo-response.dto';
import { CurrentGrant } from './member-grant.decorator';
import { MemberTokenGuard } from './member-token.guard';
import { RequiresScope } from './requires-scope.decorator';
import type { MemberGrant } from './token.service';

/** OpenID Connect userinfo (`openid profile email`). */
@Controller('v2')
export class UserinfoController {
  @Get('userinfo')
  @UseGuards(MemberTokenGuard)
  @RequiresScope('openid', 'userinfo.GET')
  userinfo(@CurrentGrant() grant: MemberGrant, @Req() request: Request): UserinfoResponseDto {
    return mapUserinfo(grant.member, grant.scopes, `${request.protocol}://${request.get('host')}/__sandbox/avatars/${grant.member.sub}.svg`);
  }
}
