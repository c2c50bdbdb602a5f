import { parseSandboxArguments } from './sandbox-arguments';

describe('the standalone sandbox’s command line', () => {
  it('takes --members N, as two words or one', () => {
    expect(parseSandboxArguments([])).toEqual({});
    expect(parseSandboxArguments(['--members', '1000'])).toEqual({ generatedMembers: 1000 });
    expect(parseSandboxArguments(['--members=25'])).toEqual({ generatedMembers: 25 });
    expect(parseSandboxArguments(['--members', '0'])).toEqual({ generatedMembers: 0 });
  });

  it('refuses anything else with a sentence naming it', () => {
    expect(() => parseSandboxArguments(['--members'])).toThrow('--members must be a whole number from 0 to 100000; got nothing.');
    expect(() => parseSandboxArguments(['--members', 'many'])).toThrow('--members must be a whole number from 0 to 100000; got "many".');
    expect(() => parseSandboxArguments(['--members', '-3'])).toThrow('got "-3"');
    expect(() => parseSandboxArguments(['--members', '100001'])).toThrow('got "100001"');
    expect(() => parseSandboxArguments(['--member', '3'])).toThrow('Unknown argument "--member"; usage: npm run start:sandbox [-- --members N]');
  });
});
