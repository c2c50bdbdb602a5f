import { plainToInstance } from 'class-transformer';
import { IsInt, IsString, validateSync } from 'class-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HasAtMostDecimals, isIsoDateTime, IsOptionalDefined, IsOptionalNullable } from '.';

class Example {
  @IsOptionalDefined()
  @IsString()
  name?: string;

  @IsOptionalNullable()
  @IsInt()
  stock?: number | null;

  @IsOptionalDefined()
  @HasAtMostDecimals(2)
  multiplier?: number;
}

const problems = (plain: object) =>
  validateSync(plainToInstance(Example, plain)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('validation decorators', () => {
  it('IsOptionalDefined: absent is fine, null is refused by name, values are checked', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ name: null })).toContain('name must not be null; leave it out to keep it as it is');
    expect(problems({ name: 42 })).toEqual(['name must be a string']);
  });

  it('IsOptionalNullable: absent and null are fine, values are checked', () => {
    expect(problems({ stock: null })).toEqual([]);
    expect(problems({ stock: 1.5 })).toEqual(['stock must be an integer number']);
  });

  it('HasAtMostDecimals reads numbers as JSON prints them, exponent forms included', () => {
    for (const ok of [0, 1, 1.5, 1.15, 10, -2.25]) expect({ ok, problems: problems({ multiplier: ok }) }).toEqual({ ok, problems: [] });
    for (const bad of [5e-324, 1.005, 1e21, Number.NaN, Infinity, '1.5']) {
      expect({ bad, problems: problems({ multiplier: bad }) }).toEqual({ bad, problems: ['multiplier must be a number with at most 2 decimals, such as 1.5'] });
    }
  });

  it('isIsoDateTime takes calendar date-times from 1970 to 9999 and nothing JavaScript misreads', () => {
    for (const ok of ['2026-12-01T02:00:00Z', '2026-12-01T09:00:00+07:00', '2026-12-01T02:00:00.123Z', '2026-12-01', '9999-12-31T23:59:59Z']) expect({ ok, valid: isIsoDateTime(ok) }).toEqual({ ok, valid: true });
    for (const bad of ['-2000-01-01T00:00:00Z', '2026-W01-1', '2026-001', '+275760-09-13T00:00:00Z', '1969-12-31T23:59:59Z', '2026-02-30T00:00:00Z', '2026-12-01T25:00:00Z', 'tomorrow', 20261201, null]) {
      expect({ bad, valid: isIsoDateTime(bad) }).toEqual({ bad, valid: false });
    }
  });
});

describe('DTOs', () => {
  /** Every TypeScript file under a folder, skipping tests. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
    });
  }

  it('use IsOptionalDefined or IsOptionalNullable, never class-validator’s IsOptional (which lets null through)', () => {
    const root = join(__dirname, '../../..');
    const files = [...sources(join(root, 'apps/api/src')), ...sources(join(root, 'libs'))];
    const offenders = files.filter((file) => /import\s*\{[^}]*\bIsOptional\b[^}]*\}\s*from\s*'class-validator'/s.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});
