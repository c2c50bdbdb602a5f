/** LinkedIn's answer to a successful `POST /oauth/v2/accessToken`. */
export interface AccessTokenResponseDto {
  access_token: string;
  expires_in: number;
  scope: string;
  token_type: 'Bearer';
  refresh_token?: string;
  refresh_token_expires_in?: number;
}

/** LinkedIn's answer to `POST /oauth/v2/introspectToken` (times in epoch seconds). */
export interface IntrospectionResponseDto {
  active: boolean;
  status?: 'active' | 'expired' | 'revoked';
  client_id?: string;
  authorized_at?: number;
  created_at?: number;
  expires_at?: number;
  scope?: string;
  auth_type?: '3L';
}
