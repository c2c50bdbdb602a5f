import type { SandboxMember } from '../../sandbox-options';

/** `GET /v2/userinfo`: OpenID Connect claims, filtered by the token's scopes as LinkedIn does. */
export interface UserinfoResponseDto {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  picture?: string;
  locale?: { country: string; language: string };
  email?: string;
  email_verified?: boolean;
}

export function mapUserinfo(member: SandboxMember, scopes: string[], pictureUrl: string): UserinfoResponseDto {
  const claims: UserinfoResponseDto = { sub: member.sub };
  if (scopes.includes('profile')) {
    Object.assign(claims, {
      name: member.name,
      given_name: member.givenName,
      family_name: member.familyName,
      picture: pictureUrl,
      locale: member.locale,
    });
  }
  if (scopes.includes('email')) {
    Object.assign(claims, { email: member.email, email_verified: true });
  }
  return claims;
}
