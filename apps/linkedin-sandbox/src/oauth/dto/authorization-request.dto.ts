import { IsOptional, IsString } from 'class-validator';

/**
 * The query of `GET /oauth/v2/authorization`. Every field is optional here: the consent service
 * decides which answer a missing one gets (an error page, or a redirect with an error).
 */
export class AuthorizationRequestDto {
  @IsOptional() @IsString() response_type?: string;
  @IsOptional() @IsString() client_id?: string;
  @IsOptional() @IsString() redirect_uri?: string;
  @IsOptional() @IsString() state?: string;
  @IsOptional() @IsString() scope?: string;
}
