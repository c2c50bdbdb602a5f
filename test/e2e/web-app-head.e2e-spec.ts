import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupTestApp } from '../support/test-app';

const dist = mkdtempSync(join(tmpdir(), 'chorus-web-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Chorus</title>');
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("chorus");');
// Files where the API's own paths are: never looked up, so never served instead of the API.
mkdirSync(join(dist, 'health'));
writeFileSync(join(dist, 'health', 'live'), 'a file');
mkdirSync(join(dist, 'api', 'v1'), { recursive: true });
writeFileSync(join(dist, 'api', 'v1', 'meta'), 'a file');

describe('the web app answers HEAD as it answers GET', () => {
  const t = setupTestApp({ WEB_DIST_DIR: dist });

  it.each(['/', '/shares/abc'])('HEAD %s is 200 with the page\'s type, like GET', async (path) => {
    const get = await t.http.get(path).expect(200);
    const head = await t.http.head(path).expect(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.text ?? '').toBe('');
  });

  it('serves the built assets, with a cache lifetime', async () => {
    const asset = await t.http.get('/assets/app.js').expect(200);
    expect(asset.text).toBe('console.log("chorus");');
    expect(asset.headers['cache-control']).toBe('public, max-age=3600');
  });

  it.each(['/health/live', '/api/v1/meta'])('never looks for a file at an API path: %s is the route', async (path) => {
    const answer = await t.http.get(path);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
  });

  it('HEAD of an unknown API route stays 404', async () => {
    await t.http.head('/api/v1/no-such-route').expect(404);
  });
});
