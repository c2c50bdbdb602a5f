import { connectLinkedIn } from '../support/connections';
import { setupPublishingApp } from '../support/sandbox';
import { connectEmployee, publishShare } from '../support/publishing';
import { eventually, Http, TestApp } from '../support/test-app';

interface Item {
  id: string;
  title: string;
  featured: boolean;
  sharedByMe: boolean;
  myShare: { id: string; status: string } | null;
  pointsForSharing: { published: number; ownWordsBonus: number; multiplierPercent: number } | null;
}

describe('feed: search, filters, already shared last, keyset paging', () => {
  let t: TestApp;
  let curator: Http;
  let ana: Http;
  let connectionId: string;
  const marker = 'Zq'; // in every title of this spec, so a search finds only these posts

  beforeAll(async () => {
    t = await TestApp.start();
    [curator, ana] = await Promise.all([t.as('curator@demo.chorus'), t.as('ana@demo.chorus')]);
    connectionId = (await connectLinkedIn(t, 'ana@demo.chorus')).id;
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
  });
  afterAll(() => t.close());

  async function publishPost(body: Record<string, unknown>): Promise<string> {
    const created = await curator.post('/api/v1/posts').send({ suggestedCommentary: 'Our news is out.', ...body }).expect(201);
    await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    return created.body.id as string;
  }

  async function feed(query: string): Promise<{ items: Item[]; nextCursor: string | null }> {
    return (await ana.get(`/api/v1/feed?${query}`).expect(200)).body;
  }

  async function allPages(query: string, limit: number): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const page = await feed(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('searches, filters by campaign and hashtag, puts what I shared last and can hide it, pages without gaps', async () => {
    const campaign = await curator.post('/api/v1/campaigns').send({ name: `${marker} Recruiting`, pointsMultiplier: 1.5 }).expect(201);
    const ids: Record<string, string> = {};
    ids.hiring = await publishPost({ title: `${marker} We are HIRING in Surabaya`, hashtags: ['#Hiring'], campaignId: campaign.body.id });
    ids.office = await publishPost({ title: `${marker} New office`, description: 'Our third office, in Medan', hashtags: ['#office'] });
    ids.featured = await publishPost({ title: `${marker} Featured launch`, featured: true, hashtags: ['#launch', '#hiring'] });
    ids.text = await publishPost({ title: `${marker} Quarterly results`, suggestedCommentary: 'Pertumbuhan 40% di Jawa Timur_2026' });
    ids.sharedFeatured = await publishPost({ title: `${marker} Featured, shared by Ana`, featured: true });
    ids.shared = await publishPost({ title: `${marker} Shared by Ana`, campaignId: campaign.body.id });
    for (const postId of [ids.sharedFeatured, ids.shared]) {
      const share = await ana.post('/api/v1/shares').send({ postId, connectionId, commentary: 'I shared this one already, in my own words for my network.' }).expect(201);
      await ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(200);
      await ana.post(`/api/v1/shares/${share.body.id}/schedule`).send({ at: new Date(Date.now() + 7200_000).toISOString() }).expect(200);
    }
    // A draft is not "shared": the post keeps its place.
    await ana.post('/api/v1/shares').send({ postId: ids.office, connectionId, commentary: 'Only a draft for now.' }).expect(201);

    // Search: any case, in title, description or suggested text; several words must all match.
    const titles = async (query: string) => (await feed(`limit=50&${query}`)).items.map((i) => i.title);
    expect(await titles(`q=${marker.toLowerCase()}%20hiring`)).toEqual([`${marker} We are HIRING in Surabaya`]);
    expect(await titles('q=MEDAN')).toEqual([`${marker} New office`]);
    expect(await titles('q=jawa%20timur')).toEqual([`${marker} Quarterly results`]);
    // LIKE wildcards are literal: "40%" and "_" match only themselves.
    expect(await titles(`q=${encodeURIComponent('40% timur_2026')}`)).toEqual([`${marker} Quarterly results`]);
    expect(await titles(`q=${encodeURIComponent('%')}`)).toEqual([`${marker} Quarterly results`]);
    expect(await titles('q=nothing-like-this')).toEqual([]);

    // Campaign and hashtag (with or without #, any case).
    expect(await titles(`campaignId=${campaign.body.id}`)).toEqual([`${marker} We are HIRING in Surabaya`, `${marker} Shared by Ana`]);
    expect(await titles(`q=${marker}&hashtag=HIRING`)).toEqual([`${marker} Featured launch`, `${marker} We are HIRING in Surabaya`]);
    expect(await titles(`q=${marker}&hashtag=%23office`)).toEqual([`${marker} New office`]);
    expect(await titles(`campaignId=${campaign.body.id}&hashtag=launch`)).toEqual([]);

    // Order: not shared first (featured first among them), newest first; then what I shared.
    const mine = await titles(`q=${marker}`);
    expect(mine).toEqual([
      `${marker} Featured launch`,
      `${marker} Quarterly results`,
      `${marker} New office`,
      `${marker} We are HIRING in Surabaya`,
      `${marker} Featured, shared by Ana`,
      `${marker} Shared by Ana`,
    ]);
    const items = (await feed(`q=${marker}&limit=50`)).items;
    expect(items.filter((i) => i.sharedByMe).map((i) => i.id)).toEqual([ids.sharedFeatured, ids.shared]);
    expect(items.find((i) => i.id === ids.office)!.myShare!.status).toBe('draft');
    expect(await titles(`q=${marker}&hideShared=true`)).toEqual(mine.slice(0, 4));
    expect(await titles(`q=${marker}&hideShared=false`)).toEqual(mine);

    // Keyset paging over the whole feed, in pages of 1, 2 and 4, gives the same order without gaps or repeats.
    const whole = (await feed('limit=50')).items.map((i) => i.id);
    expect(whole.length).toBeGreaterThan(6);
    const firstSharedAt = (await feed('limit=50')).items.findIndex((i) => i.sharedByMe);
    expect((await feed('limit=50')).items.slice(firstSharedAt).every((i) => i.sharedByMe)).toBe(true);
    for (const limit of [1, 2, 4]) expect((await allPages('', limit)).map((i) => i.id)).toEqual(whole);
    expect((await allPages(`q=${marker}`, 1)).map((i) => i.title)).toEqual(mine);
    expect((await allPages(`q=${marker}&hideShared=true`, 3)).map((i) => i.title)).toEqual(mine.slice(0, 4));

    // The filters offer the campaigns and hashtags of my feed.
    const topics = (await ana.get('/api/v1/feed/topics').expect(200)).body as { campaigns: { id: string; name: string }[]; hashtags: { tag: string; posts: number }[] };
    expect(topics.campaigns).toContainEqual({ id: campaign.body.id, name: `${marker} Recruiting` });
    // Counted across case ("#Hiring" here, "#hiring" on a demo post), most used first.
    const hiring = topics.hashtags.find((h) => h.tag.toLowerCase() === '#hiring')!;
    expect(hiring.posts).toBe(3);
    expect(topics.hashtags[0]).toBe(hiring);
    expect(topics.hashtags).toContainEqual({ tag: '#office', posts: 1 });
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const message = async (query: string) => (await ana.get(`/api/v1/feed?${query}`).expect(400)).body.message as string | string[];
    expect(String(await message('campaignId=abc'))).toMatch(/campaignId/);
    expect(String(await message('hashtag=two%20words'))).toMatch(/hashtag/);
    expect(String(await message(`q=${'x'.repeat(201)}`))).toMatch(/q must be at most 200/);
    expect(String(await message('hideShared=yes'))).toMatch(/hideShared must be true or false/);
    expect(String(await message('cursor=bm9wZQ'))).toMatch(/cursor/);
    // A cursor of the old shape (no "shared" flag) is refused, not misread.
    const old = Buffer.from(JSON.stringify([1, new Date().toISOString(), 'x'])).toString('base64url');
    expect(String(await message(`cursor=${old}`))).toMatch(/cursor/);
  });
});

describe('feed card points: what the card promises is what the ledger awards', () => {
  const { sandbox, t } = setupPublishingApp();
  let ana: Http;
  let curator: Http;
  let connectionId: string;

  beforeAll(async () => {
    [ana, curator] = await Promise.all([t.as('ana@demo.chorus'), t.as('curator@demo.chorus')]);
    connectionId = await connectEmployee(t, sandbox, ana, 'ana@demo.chorus');
  });

  async function balance(): Promise<number> {
    return ((await ana.get('/api/v1/me/points').expect(200)).body as { balance: number }).balance;
  }

  async function publish(postId: string, commentary: string): Promise<void> {
    expect((await publishShare(ana, { postId, connectionId, commentary })).status).toBe('published');
  }

  it('a ×1.5 campaign: the rule’s 10 becomes 15, a post’s 21 becomes 32 (rounded as the ledger does), bonus 5 becomes 8', async () => {
    const campaign = await curator.post('/api/v1/campaigns').send({ name: 'Recruiting ×1.5', pointsMultiplier: 1.5 }).expect(201);
    const make = async (title: string, points?: number) => {
      const created = await curator.post('/api/v1/posts').send({ title, url: `https://example.com/${title.length}`, suggestedCommentary: 'Our Q3 results are out.', campaignId: campaign.body.id, points }).expect(201);
      await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
      return created.body.id as string;
    };
    const ruleId = await make('Campaign post on the rule');
    const ownId = await make('Campaign post with its own points', 21);
    const items = (await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as Item[];
    const promisedRule = items.find((i) => i.id === ruleId)!.pointsForSharing!;
    const promisedOwn = items.find((i) => i.id === ownId)!.pointsForSharing!;
    expect(promisedRule).toEqual({ published: 15, ownWordsBonus: 8, multiplierPercent: 150 });
    expect(promisedOwn).toEqual({ published: 32, ownWordsBonus: 8, multiplierPercent: 150 });
    expect((await ana.get(`/api/v1/feed/${ownId}`).expect(200)).body.pointsForSharing).toEqual(promisedOwn);

    // The suggested text as is: exactly the promised base.
    const before = await balance();
    await publish(ruleId, 'Our Q3 results are out.');
    expect((await eventually(balance, (b) => b > before, 15_000)) - before).toBe(promisedRule.published);
    // Own words: the promised base plus the promised bonus.
    const middle = await balance();
    await publish(ownId, 'Great quarter for our team in Surabaya: the new customers in East Java made it happen.');
    expect((await eventually(balance, (b) => b >= middle + promisedOwn.published + promisedOwn.ownWordsBonus, 15_000)) - middle).toBe(promisedOwn.published + promisedOwn.ownWordsBonus);
  });
});
