import { newTrackingCode, slugify, TRACKING_CODE_PATTERN, trackedUrl, withUtm } from './tracked-link';

const utm = { source: 'linkedin', campaign: 'q3-hiring', content: 'Ab3dE5gH9k' };

describe('tracked links', () => {
  it('makes unguessable codes of 10 letters and digits', () => {
    const codes = new Set(Array.from({ length: 2000 }, newTrackingCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(TRACKING_CODE_PATTERN);
  });

  it('posts the app address of the code, whatever APP_URL ends with', () => {
    expect(trackedUrl('https://chorus.example.com', 'Ab3dE5gH9k')).toBe('https://chorus.example.com/r/Ab3dE5gH9k');
    expect(trackedUrl('https://chorus.example.com/', 'Ab3dE5gH9k')).toBe('https://chorus.example.com/r/Ab3dE5gH9k');
  });

  it('adds the four UTM parameters to a plain URL', () => {
    expect(withUtm('https://example.com/careers', utm)).toBe(
      'https://example.com/careers?utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=q3-hiring&utm_content=Ab3dE5gH9k',
    );
  });

  it("keeps the URL's own query, byte for byte, and its fragment", () => {
    expect(withUtm('https://example.com/jobs?q=data%20engineer&city=Surabaya#apply', utm)).toBe(
      'https://example.com/jobs?q=data%20engineer&city=Surabaya&utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=q3-hiring&utm_content=Ab3dE5gH9k#apply',
    );
  });

  it('never overwrites a UTM value the curator set, in any letter case', () => {
    expect(withUtm('https://example.com/?utm_campaign=spring&UTM_SOURCE=newsletter', utm)).toBe(
      'https://example.com/?utm_campaign=spring&UTM_SOURCE=newsletter&utm_medium=employee_advocacy&utm_content=Ab3dE5gH9k',
    );
    const all = 'https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d';
    expect(withUtm(all, utm)).toBe(all);
  });

  it('encodes values and refuses what is not an http(s) URL', () => {
    expect(withUtm('https://example.com', { ...utm, campaign: 'a&b=c' })).toContain('utm_campaign=a%26b%3Dc');
    expect(withUtm('javascript:alert(1)', utm)).toBeNull();
    expect(withUtm('not a url', utm)).toBeNull();
  });

  it('slugs names into ASCII words', () => {
    expect(slugify('Q3 Hiring — Surabaya')).toBe('q3-hiring-surabaya');
    expect(slugify('Café Ñandú')).toBe('cafe-nandu');
    expect(slugify('!!!')).toBe('post');
    expect(slugify('x'.repeat(100)).length).toBe(60);
  });
});
