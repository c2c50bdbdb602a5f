import type { Role } from '../api/models';
import { sectionGroupsFor, sectionRoles, SECTIONS } from './sections';

function groupsWith(id: string, roles: Role[]): string[] {
  return sectionGroupsFor(roles)
    .filter((group) => group.sections.some((section) => section.id === id))
    .map((group) => group.key);
}

describe('navigation sections', () => {
  it('list Results once, in the group of the first of its roles the person holds', () => {
    expect(groupsWith('results', ['curator'])).toEqual(['curator']);
    expect(groupsWith('results', ['employee', 'manager'])).toEqual(['manager']);
    expect(groupsWith('results', ['admin', 'reviewer'])).toEqual(['admin']);
    expect(groupsWith('results', ['curator', 'manager', 'admin'])).toEqual(['curator']);
    expect(groupsWith('results', ['employee'])).toEqual([]);
    expect(groupsWith('results', ['reviewer'])).toEqual([]);
  });

  it('let every role of a section open it, and everyone open the account’s own', () => {
    const results = SECTIONS.find((section) => section.id === 'results')!;
    expect(sectionRoles(results)).toEqual(['curator', 'manager', 'admin']);
    expect(sectionRoles(SECTIONS.find((section) => section.id === 'settings')!)).toEqual([]);
    expect(groupsWith('content', ['curator', 'admin'])).toEqual(['curator']);
    expect(groupsWith('settings', ['employee'])).toEqual(['account']);
  });
});
