import { Notification } from '@chorus/notifications';
import { parse } from 'csv-parse/sync';
import { eventually, Http, setupTestApp } from '../support/test-app';

describe('admin: users, teams, roles and tenants', () => {
  const t = setupTestApp();

  it('creates a user with a one-time invite link; the link sets a password and signs in once', async () => {
    const admin = await t.as('admin@demo.chorus');
    const teams = (await admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[];
    const sales = teams.find((team) => team.name === 'Sales')!;
    const created = await admin
      .post('/api/v1/users')
      .send({ email: 'Dewi@Demo.Chorus', name: 'Dewi Anggraini', roles: ['employee', 'reviewer'], teamIds: [sales.id] })
      .expect(201);
    expect(created.body.user).toMatchObject({ email: 'dewi@demo.chorus', status: 'invited', roles: ['employee', 'reviewer'], teams: [{ name: 'Sales' }] });
    const token = new URL(created.body.inviteUrl).searchParams.get('token')!;
    expect(created.body.inviteUrl.startsWith('http://localhost:3999/invite?token=')).toBe(true);

    // Invited users cannot sign in before choosing a password.
    await t.http.post('/api/v1/auth/login').send({ email: 'dewi@demo.chorus', password: 'anything-at-all' }).expect(401);
    const short = await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'short' }).expect(400);
    expect(short.body.message).toMatch(/password must be at least 10 characters/);
    const accepted = await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'a-good-long-password' }).expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'dewi@demo.chorus', status: 'active' });
    const again = await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'another-long-password' }).expect(400);
    expect(again.body.message).toMatch(/already been used/);
    await t.tokenFor('dewi@demo.chorus', 'a-good-long-password');

    // The welcome notification is written by a real job.
    await t.jobsIdle();
    const dewi = await t.as('dewi@demo.chorus');
    const notifications = await eventually(
      async () => (await dewi.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string }[],
      (list) => list.length > 0,
    );
    expect(notifications).toEqual([expect.objectContaining({ kind: 'welcome', title: 'Welcome to Chorus' })]);
  });

  it('refuses duplicate emails with 409 and unknown teams naming the field', async () => {
    const admin = await t.as('admin@demo.chorus');
    const duplicate = await admin.post('/api/v1/users').send({ email: 'ana@demo.chorus', name: 'Ana Again', roles: ['employee'] }).expect(409);
    expect(duplicate.body.message).toBe('A user with email ana@demo.chorus already exists.');
    const badTeam = await admin
      .post('/api/v1/users')
      .send({ email: 'x@demo.chorus', name: 'X', roles: ['employee'], teamIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    expect(badTeam.body.message).toMatch(/^teamIds: no team with id/);
  });

  it('enforces roles: an employee may not create users, a curator may not list them', async () => {
    const ana = await t.as('ana@demo.chorus');
    const forbidden = await ana.post('/api/v1/users').send({ email: 'y@demo.chorus', name: 'Y', roles: ['employee'] }).expect(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: 'This needs the admin role.' });
    const curator = await t.as('curator@demo.chorus');
    await curator.get('/api/v1/users').expect(403);
    await curator.patch('/api/v1/organization').send({ dailyShareLimit: 5 }).expect(403);
    const manager = await t.as('manager@demo.chorus');
    await manager.get('/api/v1/users').expect(200);
  });

  it('edits roles and teams; a role removed applies to the very next request', async () => {
    const admin = await t.as('admin@demo.chorus');
    const users = (await admin.get('/api/v1/users').expect(200)).body as { id: string; email: string }[];
    const budi = users.find((u) => u.email === 'budi@demo.chorus')!;
    const budiHttp = await t.as('budi@demo.chorus');
    await budiHttp.get('/api/v1/users').expect(403);
    await admin.patch(`/api/v1/users/${budi.id}`).send({ roles: ['employee', 'manager'], teamIds: [] }).expect(200);
    await budiHttp.get('/api/v1/users').expect(200);
    const me = await budiHttp.get('/api/v1/me').expect(200);
    expect(me.body.teams).toEqual([]);
    await admin.patch(`/api/v1/users/${budi.id}`).send({ roles: ['employee'] }).expect(200);
    await budiHttp.get('/api/v1/users').expect(403);
  });

  it('deactivates a user: their tokens stop working at once and they cannot sign in', async () => {
    const admin = await t.as('admin@demo.chorus');
    const created = await admin.post('/api/v1/users').send({ email: 'leaver@demo.chorus', name: 'Leaver', roles: ['employee'] }).expect(201);
    const token = new URL(created.body.inviteUrl).searchParams.get('token')!;
    const session = await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'leaving-soon-pass' }).expect(200);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(200);

    const deactivated = await admin.post(`/api/v1/users/${created.body.user.id}/deactivate`).expect(200);
    expect(deactivated.body).toMatchObject({ status: 'deactivated', deactivatedAt: expect.any(String) });
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: 'leaver@demo.chorus', password: 'leaving-soon-pass' }).expect(401);
    // History is kept: the user is still listed.
    const users = (await admin.get('/api/v1/users').expect(200)).body as { email: string; status: string }[];
    expect(users.find((u) => u.email === 'leaver@demo.chorus')?.status).toBe('deactivated');
  });

  it('updates own profile and weekly slots, naming bad fields', async () => {
    const citra = await t.as('citra@demo.chorus');
    const updated = await citra
      .patch('/api/v1/me')
      .send({ timezone: 'Europe/Berlin', leaderboardOptOut: true, locale: 'id', weeklySlots: [{ weekday: 2, time: '09:00' }] })
      .expect(200);
    expect(updated.body).toMatchObject({ timezone: 'Europe/Berlin', leaderboardOptOut: true, locale: 'id', weeklySlots: [{ weekday: 2, time: '09:00' }] });
    const bad = await citra.patch('/api/v1/me').send({ timezone: 'Mars/Olympus', weeklySlots: [{ weekday: 9, time: '25:00' }] }).expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'timezone must be an IANA time zone such as Asia/Jakarta',
        'weeklySlots.0.weekday must not be greater than 7',
        'weeklySlots.0.time must be HH:mm in 24-hour form, e.g. 09:00',
      ]),
    );
    const unchanged = await citra.get('/api/v1/me').expect(200);
    expect(unchanged.body.timezone).toBe('Europe/Berlin');
  });

  describe('another organisation', () => {
    let otherAdmin: Http;
    let otherUserId: string;
    let otherTeamId: string;

    beforeAll(async () => {
      ({ admin: otherAdmin, adminId: otherUserId } = await t.otherOrganization('Acme Nusantara', { email: 'root@acme.test', name: 'Acme Root', password: 'acme-admin-password' }));
      otherTeamId = (await otherAdmin.post('/api/v1/teams').send({ name: 'Acme Sales' }).expect(201)).body.id;
    });

    it('is invisible: its ids answer 404, and lists never include its rows', async () => {
      const admin = await t.as('admin@demo.chorus');
      const getOther = await admin.get(`/api/v1/users/${otherUserId}`).expect(404);
      expect(getOther.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'User not found.', code: 'user.notFound', params: {} });
      await admin.patch(`/api/v1/users/${otherUserId}`).send({ name: 'Hijacked' }).expect(404);
      await admin.post(`/api/v1/users/${otherUserId}/deactivate`).expect(404);
      await admin.patch(`/api/v1/teams/${otherTeamId}`).send({ name: 'Hijacked' }).expect(404);
      const users = (await admin.get('/api/v1/users').expect(200)).body as { email: string }[];
      expect(users.map((u) => u.email)).not.toContain('root@acme.test');
      const teams = (await admin.get('/api/v1/teams').expect(200)).body as { name: string }[];
      expect(teams.map((team) => team.name)).not.toContain('Acme Sales');
      await admin.post('/api/v1/users').send({ email: 'z@demo.chorus', name: 'Z', roles: ['employee'], teamIds: [otherTeamId] }).expect(400);
    });

    it('answers 404 for ids that are not UUIDs at all', async () => {
      const admin = await t.as('admin@demo.chorus');
      await admin.get('/api/v1/users/not-a-uuid').expect(404);
    });
  });
});

describe('CSV import limits and the users export', () => {
  const t = setupTestApp();

  const importCsv = async (csv: string) => (await t.as('admin@demo.chorus')).post('/api/v1/users/import').send({ csv });

  it('answers a header of 300,000 unknown columns with a small 422 that states the count', async () => {
    const csv = `${Array(300_000).fill('x').join(',')}\nsomeone@demo.chorus,Someone`;
    const response = await importCsv(csv);
    expect(response.status).toBe(422);
    expect(response.text.length).toBeLessThan(20_000);
    expect(response.body.message).toEqual(
      expect.arrayContaining([
        'Row 1: csv: the header has 300,000 columns; at most 32 are allowed',
        'Row 1: x: unknown column "x"; the columns are email, name, roles, teams, timezone, manages',
      ]),
    );
  });

  it('lists the first 50 problems and counts the rest; nothing is imported', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `not-an-email-${i},Person ${i}`);
    const response = await importCsv(['email,name', 'kept-out@demo.chorus,Good Row', ...rows].join('\n'));
    expect(response.status).toBe(422);
    expect(response.body.rows).toHaveLength(50);
    expect(response.body.rows[0]).toEqual({ row: 3, field: 'email', message: '"not-an-email-0" is not an email address', code: 'import.notEmail', params: { field: 'email', value: 'not-an-email-0' } });
    expect(response.body.message).toHaveLength(51);
    expect(response.body.message[49]).toBe('Row 52: email: "not-an-email-49" is not an email address');
    expect(response.body.message[50]).toBe('…and 350 more problems');
    expect(response.body.problemCount).toBe(400);
    const users = (await (await t.as('admin@demo.chorus')).get('/api/v1/users').expect(200)).body as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('kept-out@demo.chorus');
  });

  it('refuses an overlong cell without echoing it', async () => {
    const response = await importCsv(`email,name\n${'a'.repeat(5_000)}@demo.chorus,Long Email`);
    expect(response.status).toBe(422);
    expect(response.body.message).toEqual(['Row 2: email: the cell has 5,012 characters; at most 1,000 are allowed']);
  });

  it('refuses a file over 2 MB, and more than 10,000 users, with 413', async () => {
    const line = (i: number) => `big${i}@demo.chorus,${'Big Person '.repeat(9)}${i}`;
    const big = ['email,name', ...Array.from({ length: 20_000 }, (_, i) => line(i))].join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024);
    const tooBig = await importCsv(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toMatch(/^csv: the file is 2\.\d MB; files may be at most 2 MB; split it$/);

    const many = ['email,name', ...Array.from({ length: 10_001 }, (_, i) => `m${i}@demo.chorus,M ${i}`)].join('\n');
    const tooMany = await importCsv(many);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.message).toBe('csv: the file has 10,001 users; at most 10,000 can be imported at once; split it');
  });

  it('imports 5,000 users while the server keeps answering (/health/live) quickly, losing nothing written meanwhile', async () => {
    const admin = await t.as('admin@demo.chorus');
    const csv = [
      'email,name,roles,teams,timezone',
      ...Array.from({ length: 5_000 }, (_, i) => `bulk${i}@demo.chorus,Bulk Person ${i},employee,Bulk ${i % 25},Asia/Jakarta`),
    ].join('\n');
    const latencies: number[] = [];
    let importing = true;
    const poll = (async () => {
      while (importing) {
        const started = performance.now();
        await t.http.get('/health/live').expect(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const importStarted = performance.now();
    let importMs = 0;
    const imported = (async () => {
      try {
        return await admin.post('/api/v1/users/import').send({ csv });
      } finally {
        importing = false;
        importMs = performance.now() - importStarted;
      }
    })();
    // A write made while the import runs is kept.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await admin.post('/api/v1/teams').send({ name: 'Created meanwhile' }).expect(201);
    const response = await imported;
    await poll;

    expect(response.status).toBe(201);
    expect(response.body.created).toBe(5_000);
    expect(response.body.teamsCreated).toHaveLength(25);
    // The server answered all along: had the import held the event loop, one health check
    // would have waited for (nearly) all of it. A ratio, so a loaded machine cannot fail it.
    expect(latencies.length).toBeGreaterThan(2);
    expect(Math.max(...latencies)).toBeLessThan(importMs / 2);
    const users = (await admin.get('/api/v1/users').expect(200)).body as { id: string; email: string; teams: { name: string }[]; timezone: string }[];
    const bulk = users.filter((u) => u.email.startsWith('bulk'));
    expect(bulk).toHaveLength(5_000);
    // Each user is in the team of their own row.
    const misplaced = bulk.filter((u) => {
      const i = Number(u.email.slice('bulk'.length, u.email.indexOf('@')));
      return u.timezone !== 'Asia/Jakarta' || u.teams.length !== 1 || u.teams[0].name !== `Bulk ${i % 25}`;
    });
    expect(misplaced).toEqual([]);
    const teams = (await admin.get('/api/v1/teams').expect(200)).body as { name: string }[];
    expect(teams.map((team) => team.name)).toContain('Created meanwhile');
    // Imported users are welcomed like invited ones (the first in the file is welcomed first).
    const first = bulk.find((u) => u.email === 'bulk0@demo.chorus')!;
    const welcomed = await eventually(() => t.dataSource.getRepository(Notification).countBy({ userId: first.id, kind: 'welcome' }), (n) => n > 0);
    expect(welcomed).toBe(1);
  }, 180_000);

  it('exports the organisation\'s users as CSV: formula-like text stored as typed, written neutralised', async () => {
    const admin = await t.as('admin@demo.chorus');
    const typed = '=HYPERLINK("http://x")';
    const created = await admin.post('/api/v1/users').send({ email: 'formula@demo.chorus', name: typed, roles: ['employee'] }).expect(201);
    expect((await admin.get(`/api/v1/users/${created.body.user.id}`).expect(200)).body.name).toBe(typed);
    expect((await importCsv('email,name,teams\nimported-formula@demo.chorus,"@SUM(A1:A9)",+Sales')).status).toBe(201);
    const users = (await admin.get('/api/v1/users').expect(200)).body as { email: string; name: string }[];
    expect(users.find((u) => u.email === 'imported-formula@demo.chorus')?.name).toBe('@SUM(A1:A9)');

    const exported = await admin.get('/api/v1/users/export.csv').expect(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="users.csv"');
    expect(exported.text).toContain('\r\nformula@demo.chorus,"\'=HYPERLINK(""http://x"")",employee,,Asia/Jakarta,invited\r\n');
    const [header, ...rows] = parse(exported.text, { bom: true }) as string[][];
    expect(header).toEqual(['email', 'name', 'roles', 'teams', 'timezone', 'status']);
    expect(rows.find((r) => r[0] === 'imported-formula@demo.chorus')).toEqual(['imported-formula@demo.chorus', "'@SUM(A1:A9)", 'employee', "'+Sales", 'Asia/Jakarta', 'invited']);
    expect(rows.find((r) => r[0] === 'ana@demo.chorus')).toEqual(['ana@demo.chorus', expect.any(String), 'employee', expect.any(String), expect.any(String), 'active']);
    // Every user of the organisation, once, across every page of the export.
    expect(rows.map((r) => r[0]).sort()).toEqual(users.map((u) => u.email).sort());
    expect(rows.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('exports only to admins and never includes another organisation\'s users', async () => {
    const { admin: acme } = await t.otherOrganization('Acme Export', { email: 'root@acme-export.test', name: 'Acme Root', password: 'acme-admin-password' });
    await acme.post('/api/v1/users').send({ email: 'worker@acme-export.test', name: 'Acme Worker', roles: ['employee'] }).expect(201);

    const demo = (await (await t.as('admin@demo.chorus')).get('/api/v1/users/export.csv').expect(200)).text;
    expect(demo).not.toContain('acme-export.test');
    const acmeRows = parse((await acme.get('/api/v1/users/export.csv').expect(200)).text, { bom: true }) as string[][];
    expect(acmeRows.slice(1).map((r) => r[0]).sort()).toEqual(['root@acme-export.test', 'worker@acme-export.test']);

    const employee = await t.as('ana@demo.chorus');
    const refused = await employee.get('/api/v1/users/export.csv').expect(403);
    expect(refused.body.message).toBe('This needs the admin role.');
    await (await t.as('manager@demo.chorus')).get('/api/v1/users/export.csv').expect(403);
  });
});
