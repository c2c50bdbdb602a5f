import { UnsubscribeTokens } from './unsubscribe-token';

describe('unsubscribe links', () => {
  const tokens = new UnsubscribeTokens('a secret of this installation');
  const userId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

  it('names the person and what to stop: one kind or one digest', () => {
    expect(tokens.verify(tokens.sign(userId, { kind: 'share.failed' }))).toEqual({ userId, scope: { kind: 'share.failed' } });
    expect(tokens.verify(tokens.sign(userId, { digest: 'weekly' }))).toEqual({ userId, scope: { digest: 'weekly' } });
  });

  it('is refused when made by another installation, altered, cut short or padded', () => {
    const token = tokens.sign(userId, { kind: 'share.failed' });
    const [body, mac] = token.split('.');
    expect(new UnsubscribeTokens('another secret').verify(token)).toBeNull();
    const otherBody = Buffer.from(JSON.stringify({ u: 'someone-else', k: 'share.failed' })).toString('base64url');
    expect(tokens.verify(`${otherBody}.${mac}`)).toBeNull();
    expect(tokens.verify(`${body}.${mac.slice(0, -2)}`)).toBeNull();
    expect(tokens.verify(body)).toBeNull();
    expect(tokens.verify(`${token}.extra`)).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });

});
