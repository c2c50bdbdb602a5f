import { IsBoolean, IsNotEmpty, IsOptional, IsString } from 'class-validator';

/** `POST /__sandbox/tokens/revoke`: the member whose tokens to revoke. */
export class RevokeMemberTokensDto {
  /** The member's email. */
  @IsString({ message: 'must be an email' }) @IsNotEmpty({ message: 'must be an email' }) member!: string;
}

/** `POST /__sandbox/tokens/expire`: the member whose access tokens expire now. */
export class ExpireMemberTokensDto extends RevokeMemberTokensDto {
  /** Expire the member's refresh tokens too, so only a new consent helps. */
  @IsOptional() @IsBoolean({ message: 'must be a boolean' }) refreshTokens?: boolean;
}
