import { IsOptional, IsString } from 'class-validator';

/** The form of `POST /oauth/v2/revoke` and `POST /oauth/v2/introspectToken`. */
export class TokenRequestDto {
  @IsOptional() @IsString() token?: string;
  @IsOptional() @IsString() client_id?: string;
  @IsOptional() @IsString() client_secret?: string;
}
