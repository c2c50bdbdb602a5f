import { COMPLIANCE_CATEGORIES } from '@chorus/compliance';
import { ALL_ROLES } from '@chorus/identity';
import { isMessageCode, MESSAGE_CATALOG, SHARE_WARNING_MESSAGES, userMessage } from '@chorus/messages';
import { IllegalShareTransitionError, SHARE_EVENTS, SHARE_STATUSES, transition } from '@chorus/shares';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** Every TypeScript source file under a folder, skipping tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Exceptions that may answer without a message code, and why. Keep it short: anything a person
 * reads in the web app needs a code (libs/messages) and its translations.
 */
const WITHOUT_CODE: Record<string, string> = {
  'libs/platform/src/health/health-checks.service.ts': 'the readiness probe answers operators and load balancers, not people',
};

describe('user-facing errors carry codes', () => {
  const files = ['libs', 'apps/api/src', 'apps/worker/src', 'apps/embedded/src'].flatMap((dir) => sources(join(ROOT, dir)));

  it('no HttpException is thrown with a bare sentence or a payload without one', () => {
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      if (WITHOUT_CODE[name]) return [];
      const bare = [...text.matchAll(/new \w+Exception\(\s*[`'"]/g)];
      // An object payload names a code itself or spreads userMessage/fieldProblem (or a variable holding one).
      const objects = [...text.matchAll(/new \w+Exception\(\s*\{([^;]*?)\}\s*(,\s*\d+\s*)?\)/gs)].filter((m) => !/\bcode\b|\.\.\.\s*(userMessage|fieldProblem|message|problem)\b/.test(m[1]));
      return [...bare, ...objects].map((m) => `${name}:${text.slice(0, m.index).split('\n').length}: ${m[0].slice(0, 80)}`);
    });
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it('the scan catches what it is meant to', () => {
    const bare = /new \w+Exception\(\s*[`'"]/;
    expect(bare.test("throw new NotFoundException('Share not found.');")).toBe(true);
    expect(bare.test("throw new NotFoundException(userMessage('share.notFound'));")).toBe(false);
  });
});

describe('message parts the server names at run time', () => {
  it('exist for every share status and event, so every illegal move reads as a whole sentence', () => {
    for (const from of SHARE_STATUSES) {
      for (const event of SHARE_EVENTS) {
        let error: unknown = null;
        try {
          transition(from, event === 'approve' ? { type: 'approve', needsReview: false } : event);
        } catch (caught) {
          error = caught;
        }
        if (!(error instanceof IllegalShareTransitionError)) continue;
        const { code, params, message } = error.userMessage;
        expect({ from, event, known: Object.values(params).every((value) => typeof value !== 'string' || !value.startsWith('share.') || isMessageCode(value)) }).toEqual({ from, event, known: true });
        expect(message).not.toMatch(/[{}]|share\./);
        expect(isMessageCode(code)).toBe(true);
      }
    }
  });

  it('exist for every role, compliance category, connection and redemption status and share warning', () => {
    const named = [
      ...ALL_ROLES.flatMap((role) => [`role.a.${role}`, `role.name.${role}`]),
      ...COMPLIANCE_CATEGORIES.map((category) => `compliance.category.${category}`),
      ...['active', 'expired', 'needsReconnect', 'revoked'].map((status) => `connection.status.${status}`),
      ...['pending', 'fulfilled', 'rejected', 'decided'].map((status) => `redemption.status.${status}`),
      ...Object.values(SHARE_WARNING_MESSAGES),
    ];
    expect(named.filter((code) => !isMessageCode(code))).toEqual([]);
  });

  it('leave no placeholder unfilled in the sentences built from parts', () => {
    expect(userMessage('permission.onlyTwo', { role: 'role.a.admin', otherRole: 'role.a.manager', action: 'action.listUsers' }).message).toBe('Only an admin or a manager may list users.');
    expect(userMessage('limit.signInAccount', { wait: 'unit.minutes', minutes: 15 }).message).toBe('Too many sign-in attempts for this account; try again in 15 minutes.');
    expect(Object.keys(MESSAGE_CATALOG).length).toBeGreaterThan(300);
  });
});
