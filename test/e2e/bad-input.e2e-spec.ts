import { setupTestApp } from '../support/test-app';

describe('bad input gets a clear 4xx, never a 500', () => {
  const t = setupTestApp();

  it('malformed JSON is a 400 saying so', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.post('/api/v1/teams').set('Content-Type', 'application/json').send('{"name": "Sales",').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/JSON at position/) });
  });

  it('unknown fields are named and refused', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.post('/api/v1/teams').send({ name: 'Ops', colour: 'red' }).expect(400);
    expect(response.body.message).toEqual(['property colour should not exist']);
  });

  it('wrong types name the field and the rule', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.post('/api/v1/users').send({ email: 42, name: ['x'], roles: 'admin' }).expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining(['email must be an email address', 'name must be a string', 'roles must be an array']),
    );
    const org = await admin.patch('/api/v1/organization').send({ dailyShareLimit: '5' }).expect(400);
    expect(org.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^dailyShareLimit must be an integer/)]));
  });

  it('validation errors list each problem with its field, a code and the rule’s arguments, beside the same sentences', async () => {
    const curator = await t.as('curator@demo.chorus');
    const campaign = await curator.post('/api/v1/campaigns').send({ name: 'Launch', pointsMultiplier: 11, colour: 'red' }).expect(400);
    expect(campaign.body.message).toEqual(expect.arrayContaining(['pointsMultiplier must not be greater than 10', 'property colour should not exist']));
    expect(campaign.body.code).toBe('validation.failed');
    expect(campaign.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'pointsMultiplier', code: 'validation.max', params: { field: 'pointsMultiplier', max: 10 }, message: 'pointsMultiplier must not be greater than 10' },
        { field: 'colour', code: 'validation.unknownProperty', params: { field: 'colour' }, message: 'property colour should not exist' },
      ]),
    );
    expect(campaign.body.errors.map((e: { message: string }) => e.message)).toEqual(campaign.body.message);

    const ana = await t.as('ana@demo.chorus');
    const slots = await ana.patch('/api/v1/me').send({ weeklySlots: [{ weekday: 9, time: '9am' }], name: null }).expect(400);
    expect(slots.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'weeklySlots.0.weekday', code: 'validation.max', params: { field: 'weeklySlots.0.weekday', max: 7 } }),
        expect.objectContaining({ field: 'weeklySlots.0.time', code: 'validation.timeOfDay', message: 'weeklySlots.0.time must be HH:mm in 24-hour form, e.g. 09:00' }),
        expect.objectContaining({ field: 'name', code: 'validation.isNotNull', message: 'name must not be null; leave it out to keep it as it is' }),
      ]),
    );

    // A rule a service checks names its field the same way.
    const order = await curator.post('/api/v1/campaigns').send({ name: 'Backwards', startsAt: '2026-05-02T00:00:00Z', endsAt: '2026-05-01T00:00:00Z' }).expect(400);
    expect(order.body).toMatchObject({
      message: 'endsAt must be after startsAt',
      code: 'validation.after',
      params: { field: 'endsAt', otherField: 'startsAt' },
      errors: [{ field: 'endsAt', code: 'validation.after', params: { field: 'endsAt', otherField: 'startsAt' }, message: 'endsAt must be after startsAt' }],
    });
  });

  it('an oversized body is a 413', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.post('/api/v1/teams').send({ name: 'x'.repeat(1_200_000) }).expect(413);
    expect(response.body.message).toMatch(/larger than the limit/);
  });

  it('an unknown route is a 404 in the same shape', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.get('/api/v1/nothing-here').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('a refused request loses nothing already stored', async () => {
    const admin = await t.as('admin@demo.chorus');
    const before = (await admin.get('/api/v1/organization').expect(200)).body;
    await admin.patch('/api/v1/organization').send({ name: 'Renamed', dailyShareLimit: 999 }).expect(400);
    const after = (await admin.get('/api/v1/organization').expect(200)).body;
    expect(after).toEqual(before);
  });
});

describe('importing users from CSV', () => {
  const t = setupTestApp();

  it('imports users and creates the teams they name', async () => {
    const admin = await t.as('admin@demo.chorus');
    const csv = [
      'email,name,roles,teams,timezone,manages',
      'eka@demo.chorus,Eka Putri,employee,Support;Sales,Asia/Makassar,',
      'fajar@demo.chorus,Fajar Nugroho,employee;manager,Support,,Support',
    ].join('\n');
    const response = await admin.post('/api/v1/users/import').send({ csv }).expect(201);
    expect(response.body).toMatchObject({ created: 2, teamsCreated: ['Support'] });
    expect(response.body.users).toEqual([
      { email: 'eka@demo.chorus', inviteUrl: expect.stringContaining('/invite?token=') },
      { email: 'fajar@demo.chorus', inviteUrl: expect.stringContaining('/invite?token=') },
    ]);
    const users = (await admin.get('/api/v1/users').expect(200)).body as { email: string; teams: { name: string }[]; timezone: string }[];
    const eka = users.find((u) => u.email === 'eka@demo.chorus')!;
    expect(eka.teams.map((team) => team.name).sort()).toEqual(['Sales', 'Support']);
    expect(eka.timezone).toBe('Asia/Makassar');
    const teams = (await admin.get('/api/v1/teams').expect(200)).body as { name: string; managerId: string | null }[];
    const fajar = users.find((u) => u.email === 'fajar@demo.chorus') as unknown as { id: string };
    expect(teams.find((team) => team.name === 'Support')?.managerId).toBe(fajar.id);
  });

  it('reports every bad row by line and imports nothing', async () => {
    const admin = await t.as('admin@demo.chorus');
    const csv = [
      'email,name,roles,teams',
      'good@demo.chorus,Good Person,employee,Finance',
      'not-an-email,Bad Email,employee,',
      'ana@demo.chorus,Ana Again,employee,',
      'other@demo.chorus,,wizard,',
    ].join('\n');
    const response = await admin.post('/api/v1/users/import').send({ csv }).expect(422);
    expect(response.body.message).toEqual([
      'Row 3: email: "not-an-email" is not an email address',
      'Row 4: email: a user with email ana@demo.chorus already exists',
      'Row 5: name: name is empty',
      'Row 5: roles: "wizard" is not a role; use employee, curator, manager, reviewer, admin',
    ]);
    expect(response.body.rows).toContainEqual({ row: 3, field: 'email', message: '"not-an-email" is not an email address', code: 'import.notEmail', params: { field: 'email', value: 'not-an-email' } });
    const users = (await admin.get('/api/v1/users').expect(200)).body as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('good@demo.chorus');
    const teams = (await admin.get('/api/v1/teams').expect(200)).body as { name: string }[];
    expect(teams.map((team) => team.name)).not.toContain('Finance');
  });

  it('names unknown and missing columns', async () => {
    const admin = await t.as('admin@demo.chorus');
    const response = await admin.post('/api/v1/users/import').send({ csv: 'mail,fullname\na@b.c,A' }).expect(422);
    expect(response.body.message).toEqual(
      expect.arrayContaining([
        'Row 1: mail: unknown column "mail"; the columns are email, name, roles, teams, timezone, manages',
        'Row 1: email: the header has no "email" column',
      ]),
    );
  });
});
