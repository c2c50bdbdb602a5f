import { IsOptional, IsString } from 'class-validator';

/** The form of `POST /oauth/v2/accessToken`; which fields are required depends on grant_type. */
export class AccessTokenRequestDto {
  @IsOptional() @IsString() grant_type?: string;
  @IsOptional() @IsString() code?: string;
  @IsOptional() @IsString() redirect_uri?: string;
  @IsOptional() @IsString() refresh_token?: string;
  @IsOptional() @IsString() client_id?: string;
  @IsOptional() @IsString() client_secret?: string;
}
