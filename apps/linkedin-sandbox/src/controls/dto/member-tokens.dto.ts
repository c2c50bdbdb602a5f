import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { MAX_GENERATED_MEMBERS } from '../../sandbox-options';

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

const MEMBERS = { message: `must be a list of 1 to ${MAX_GENERATED_MEMBERS} emails` };
const SCOPES = { message: 'must be a list of scopes' };

/**
 * `POST /__sandbox/tokens/issue`: access tokens for these members, as if each had allowed the
 * application on the consent page (load tests connect hundreds of members this way).
 */
export class IssueMemberTokensDto {
  /** The members' emails. */
  @IsArray(MEMBERS) @ArrayNotEmpty(MEMBERS) @ArrayMaxSize(MAX_GENERATED_MEMBERS, MEMBERS) @IsString({ each: true, ...MEMBERS }) members!: string[];
  /** The application the tokens are for; omitted: the first one registered. */
  @IsOptional() @IsString({ message: 'must be a client id' }) clientId?: string;
  /** Scopes granted; omitted: every scope the application may use. */
  @IsOptional() @IsArray(SCOPES) @IsString({ each: true, ...SCOPES }) scopes?: string[];
}
