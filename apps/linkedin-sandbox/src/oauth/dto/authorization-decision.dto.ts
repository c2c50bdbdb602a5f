import { IsOptional, IsString } from 'class-validator';
import { AuthorizationRequestDto } from './authorization-request.dto';

/** The consent form, posted to `POST /oauth/v2/authorization`. */
export class AuthorizationDecisionDto extends AuthorizationRequestDto {
  /** The member's email. */
  @IsOptional() @IsString() member?: string;
  /** `allow` or `deny`. */
  @IsOptional() @IsString() decision?: string;
}
