import { applyDisclosure, DisclosureSetting, hasDisclosure, validateDisclosureSetting } from './disclosure';

const append: DisclosureSetting = { text: '#employee', mode: 'append' };
const require_: DisclosureSetting = { text: '#employee', mode: 'require' };

describe('hasDisclosure', () => {
  it.each<[string, boolean]>([
    ['Proud of the team #employee', true],
    ['#employee proud of the team', true],
    ['Proud (#Employee) of the team', true],
    ['Proud of the team #EMPLOYEE.', true],
    ['Proud of the team\n\n#employee', true],
    ['Proud of the team #employees', false],
    ['Proud of the team #employee_life', false],
    ['Proud of the team my#employee', false],
    ['Proud of the team ##employee', false],
    ['Proud of the team, employee', false],
    ['Proud of the team', false],
    ['', false],
  ])('%p -> %p', (commentary, expected) => {
    expect(hasDisclosure(commentary, '#employee')).toBe(expected);
  });

  it('matches a multi-word disclosure with any whitespace', () => {
    expect(hasDisclosure('Great quarter. I work at  Acme.', 'I work at Acme')).toBe(true);
    expect(hasDisclosure('Great quarter. I work at Acmeville.', 'I work at Acme')).toBe(false);
  });

  it('matches full-width text after NFKC', () => {
    expect(hasDisclosure('Proud ＃ｅｍｐｌｏｙｅｅ', '#employee')).toBe(true);
  });
});

describe('applyDisclosure', () => {
  it('append mode adds a blank line and the disclosure', () => {
    expect(applyDisclosure('Proud of the team!', append)).toEqual({ text: 'Proud of the team!\n\n#employee', appended: true });
  });

  it('append mode trims trailing whitespace before appending', () => {
    expect(applyDisclosure('Proud of the team!  \n\n', append)).toEqual({ text: 'Proud of the team!\n\n#employee', appended: true });
  });

  it('append mode leaves the text alone when the disclosure is already there in any case', () => {
    expect(applyDisclosure('Proud of the team! #Employee', append)).toEqual({ text: 'Proud of the team! #Employee', appended: false });
  });

  it('append mode still appends when only a longer hashtag is present', () => {
    expect(applyDisclosure('Proud #employeeadvocacy', append)).toEqual({ text: 'Proud #employeeadvocacy\n\n#employee', appended: true });
  });

  it('append mode on an empty commentary gives just the disclosure', () => {
    expect(applyDisclosure('  ', append)).toEqual({ text: '#employee', appended: true });
  });

  it('require mode accepts a commentary with the disclosure, unchanged', () => {
    expect(applyDisclosure('Proud of the team #employee', require_)).toEqual({ text: 'Proud of the team #employee', appended: false });
  });

  it('require mode refuses a commentary without it, in a sentence', () => {
    expect(applyDisclosure('Proud of the team', require_)).toEqual({
      text: 'Proud of the team',
      appended: false,
      error: 'Add "#employee" to your commentary: your organisation requires it on every share.',
    });
  });

  it('no setting, or an empty disclosure, changes nothing', () => {
    expect(applyDisclosure('Proud', null)).toEqual({ text: 'Proud', appended: false });
    expect(applyDisclosure('Proud', undefined)).toEqual({ text: 'Proud', appended: false });
    expect(applyDisclosure('Proud', { text: '  ', mode: 'require' })).toEqual({ text: 'Proud', appended: false });
  });

  it('uses the trimmed disclosure text', () => {
    expect(applyDisclosure('Proud', { text: ' #ad ', mode: 'append' })).toEqual({ text: 'Proud\n\n#ad', appended: true });
  });
});

describe('validateDisclosureSetting', () => {
  it('accepts a sensible setting', () => {
    expect(validateDisclosureSetting(append)).toEqual([]);
    expect(validateDisclosureSetting(require_)).toEqual([]);
  });

  it.each<[unknown, string[]]>([
    [null, ['The required disclosure must be an object with "text" and "mode".']],
    [{ text: '', mode: 'append' }, ['The disclosure text must not be empty, for example "#employee".']],
    [{ text: 'x'.repeat(101), mode: 'append' }, ['The disclosure text is 101 characters long; at most 100 are allowed.']],
    [{ text: '#a\n#b', mode: 'append' }, ['The disclosure text must fit on one line.']],
    [{ text: '#employee', mode: 'prepend' }, ['The disclosure mode must be "append" or "require"; got "prepend".']],
    [{ text: 5 }, ['The disclosure text must not be empty, for example "#employee".', 'The disclosure mode must be "append" or "require"; got nothing.']],
  ])('refuses %p', (setting, problems) => {
    expect(validateDisclosureSetting(setting)).toEqual(problems);
  });
});
