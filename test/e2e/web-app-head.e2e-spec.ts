import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupTestApp } from '../support/test-app';

const dist = mkdtempSync(join(tmpdir(), 'chorus-web-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Chorus</title>');

describe('the web app answers HEAD as it answers GET', () => {
  const t = setupTestApp({ WEB_DIST_DIR: dist });

  it.each(['/', '/shares/abc'])('HEAD %s is 200 with the page\'s type, like GET', async (path) => {
    const get = await t.http.get(path).expect(200);
    const head = await t.http.head(path).expect(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.text ?? '').toBe('');
  });

  it('HEAD of an unknown API route stays 404', async () => {
    await t.http.head('/api/v1/no-such-route').expect(404);
  });
});
