import { Inject, Injectable } from '@nestjs/common';
import { randomSecret } from '../common/random-secret';
import { HtmlPageException, RedirectException } from '../common/sandbox-exceptions';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS, SandboxClient } from '../sandbox-options';
import { SandboxState } from '../state/sandbox-state.service';
import { PAGE_SECURITY_HEADERS, renderConsentPage, renderErrorPage } from './consent-page';
import { AuthorizationDecisionDto } from './dto/authorization-decision.dto';
import { AuthorizationRequestDto } from './dto/authorization-request.dto';

interface VerifiedAuthorizationRequest {
  client: SandboxClient;
  redirectUri: string;
  scopes: string[];
  state?: string;
}

/**
 * The member-facing half of OAuth: the consent page and the member's decision. As on LinkedIn,
 * a request with an unknown client or redirect URL gets an error page (never a redirect, so the
 * sandbox cannot be used to bounce a browser anywhere); later errors go back to the app.
 */
@Injectable()
export class ConsentService {
  constructor(
    @Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions,
    private readonly state: SandboxState,
  ) {}

  /** The consent page for an authorization request. */
  showConsent(request: AuthorizationRequestDto): string {
    const verified = this.verify(request);
    return renderConsentPage({
      client: verified.client,
      members: this.state.listMembers(),
      scopes: verified.scopes,
      hiddenFields: hiddenFieldsOf(request),
    });
  }

  /** Applies the member's decision; returns the URL to send the browser to. */
  decide(form: AuthorizationDecisionDto): string {
    const verified = this.verify(form);
    if (form.decision === 'deny') {
      throw this.errorRedirect(verified, 'user_cancelled_authorize', 'The user cancelled the authorization');
    }
    const member = form.member ? this.state.findMemberByEmail(form.member) : undefined;
    if (form.decision !== 'allow' || !member) {
      throw new HtmlPageException(
        400,
        renderConsentPage({
          client: verified.client,
          members: this.state.listMembers(),
          scopes: verified.scopes,
          hiddenFields: hiddenFieldsOf(form),
          selectedMember: member?.email,
          error: decisionProblem(form),
        }),
        PAGE_SECURITY_HEADERS,
      );
    }
    const code = randomSecret(48);
    this.state.saveAuthorizationCode({
      code,
      clientId: verified.client.clientId,
      redirectUri: verified.redirectUri,
      memberEmail: member.email,
      scopes: verified.scopes,
      expiresAt: this.options.clock().getTime() + this.options.authorizationCodeTtlSeconds * 1000,
    });
    return withQuery(verified.redirectUri, { code, state: verified.state });
  }

  private verify(request: AuthorizationRequestDto): VerifiedAuthorizationRequest {
    const pageError = (message: string) =>
      new HtmlPageException(400, renderErrorPage(message), PAGE_SECURITY_HEADERS);
    if (!request.client_id) {
      throw pageError('The request has no client_id.');
    }
    const client = this.state.findClient(request.client_id);
    if (!client) {
      throw pageError(`The client_id "${request.client_id}" is not a registered application.`);
    }
    if (!request.redirect_uri) {
      throw pageError('The request has no redirect_uri.');
    }
    if (!isHttpUrl(request.redirect_uri)) {
      throw pageError(`The redirect_uri "${request.redirect_uri}" is not an absolute http(s) URL without a fragment.`);
    }
    if (client.redirectUris && !client.redirectUris.includes(request.redirect_uri)) {
      // LinkedIn's own words; the page, not a redirect, so an unregistered URI never gets a code.
      throw pageError(`The redirect_uri does not match the registered value: "${request.redirect_uri}" is not an authorized redirect URL of this application.`);
    }
    const scopes = [...new Set((request.scope ?? '').split(/[\s,]+/).filter((scope) => scope.length > 0))];
    const verified = { client, redirectUri: request.redirect_uri, scopes, state: request.state };
    if (request.response_type !== 'code') {
      throw request.response_type
        ? this.errorRedirect(verified, 'unsupported_response_type', `The response_type "${request.response_type}" is not supported`)
        : this.errorRedirect(verified, 'invalid_request', 'A required parameter "response_type" is missing');
    }
    if (scopes.length === 0) {
      throw this.errorRedirect(verified, 'invalid_request', 'A required parameter "scope" is missing');
    }
    const unauthorized = scopes.find((scope) => !client.scopes.includes(scope));
    if (unauthorized) {
      throw this.errorRedirect(verified, 'unauthorized_scope_error', `Scope "${unauthorized}" is not authorized for your application`);
    }
    return verified;
  }

  private errorRedirect(verified: VerifiedAuthorizationRequest, error: string, description: string): RedirectException {
    return new RedirectException(withQuery(verified.redirectUri, { error, error_description: description, state: verified.state }));
  }
}

/** Why an Allow/Cancel submission cannot be applied, in words for the member. */
function decisionProblem(form: AuthorizationDecisionDto): string {
  if (form.decision !== 'allow') {
    return 'Choose Allow or Cancel.';
  }
  return form.member ? `No sandbox member has the email ${form.member}.` : 'Choose the member who signs in.';
}

function hiddenFieldsOf(request: AuthorizationRequestDto): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    response_type: request.response_type,
    client_id: request.client_id,
    redirect_uri: request.redirect_uri,
    scope: request.scope,
    state: request.state,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function withQuery(url: string, params: Record<string, string | undefined>): string {
  const target = new URL(url);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      target.searchParams.set(name, value);
    }
  }
  return target.toString();
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
  } catch {
    return false;
  }
}
