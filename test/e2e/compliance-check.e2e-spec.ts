import { setupTestApp } from '../support/test-app';

describe('POST /compliance/check: the verdict approval would give, while composing', () => {
  const t = setupTestApp();

  it('passes ordinary text', async () => {
    const ana = await t.as('ana@demo.chorus');
    const response = await ana.post('/api/v1/compliance/check').send({ text: 'Proud of our new Surabaya office! #employee' }).expect(200);
    expect(response.body).toEqual({ decision: 'pass', message: '', matches: [] });
  });

  it('names the blocking rule and the matched words', async () => {
    const ana = await t.as('ana@demo.chorus');
    const response = await ana.post('/api/v1/compliance/check').send({ text: 'Sneak peek, internal only: the new office!' }).expect(200);
    expect(response.body).toMatchObject({
      decision: 'block',
      message: 'Blocked by compliance rule "internal only" (category: confidential): matched "internal only".',
      matches: [expect.objectContaining({ category: 'confidential', action: 'block', matched: ['internal only'] })],
    });
  });

  it('says when a reviewer would check the text', async () => {
    const budi = await t.as('budi@demo.chorus');
    const response = await budi.post('/api/v1/compliance/check').send({ text: 'Jangan lupa ikut pemilu besok' }).expect(200);
    expect(response.body.decision).toBe('review');
    expect(response.body.message).toMatch(/^Sent for review by compliance rule "pemilu" \(category: political\)/);
  });

  it('uses the caller organisation’s own rules', async () => {
    const admin = await t.as('admin@demo.chorus');
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'project falcon', category: 'custom', action: 'block' }).expect(201);
    const citra = await t.as('citra@demo.chorus');
    const response = await citra.post('/api/v1/compliance/check').send({ text: 'Loving Project Falcon so far' }).expect(200);
    expect(response.body.decision).toBe('block');
  });

  it('refuses a missing or oversized text with a sentence, and anonymous callers', async () => {
    const ana = await t.as('ana@demo.chorus');
    const missing = await ana.post('/api/v1/compliance/check').send({}).expect(400);
    expect(missing.body.message).toEqual(expect.arrayContaining(['text must be a string']));
    const long = await ana.post('/api/v1/compliance/check').send({ text: 'x'.repeat(5001) }).expect(400);
    expect(long.body.message).toEqual(['text must be at most 5,000 characters']);
    await t.http.post('/api/v1/compliance/check').send({ text: 'hello' }).expect(401);
  });
});
