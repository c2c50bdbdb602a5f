import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CSV_BOM, csvCell, csvDocument, csvRow } from './csv-writer';

/** Reads a row back as a spreadsheet would: RFC 4180 fields, CRLF line ends. */
const readBack = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true });

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Dewi Anggraini')).toBe('Dewi Anggraini');
    expect(csvCell('dewi@example.co.id')).toBe('dewi@example.co.id');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('')).toBe('');
  });

  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks per RFC 4180, doubling inner quotes', () => {
    expect(csvCell('Hartono, Rudi')).toBe('"Hartono, Rudi"');
    expect(csvCell('Rudi "the rock" Hartono')).toBe('"Rudi ""the rock"" Hartono"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises text starting with %j with a single quote', (start) => {
    const cell = csvCell(`${start}1+1`);
    expect(readBack(`${cell}\r\n`)[0][0]).toBe(`'${start}1+1`);
  });

  it('neutralises a formula and still quotes what it contains', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('-2+3')).toBe("'-2+3");
  });

  it('leaves formula characters alone when they are not first, and numbers even when negative', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Asia/Jakarta')).toBe('Asia/Jakarta');
    expect(csvCell('Etc/GMT+7')).toBe('Etc/GMT+7');
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends the line with CRLF', () => {
    expect(csvRow(['a', 'b, c', null, 3])).toBe('a,"b, c",,3\r\n');
  });

  it('reads back exactly, except that formula-like text gains its leading quote', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 }), (values) => {
        const [read] = readBack(csvRow(values));
        const expected = values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v));
        return JSON.stringify(read) === JSON.stringify(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a cell start with a formula character once read back', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('=1', '+1', '-1', '@A1', '\t=1', '\r=1', '=cmd|\'/C calc\'!A0')), { minLength: 1, maxLength: 6 }), (values) => {
        const read = readBack(csvRow(values))[0] ?? [];
        return read.every((cell) => !/^[=+\-@\t\r]/.test(cell));
      }),
      { numRuns: 500 },
    );
  });
});

describe('csvDocument', () => {
  it('starts with a byte-order mark and the header, then writes each page of rows', async () => {
    async function* pages() {
      yield [['ana@demo.chorus', 'Ana']];
      yield [];
      yield [['eve@demo.chorus', '=HYPERLINK("http://x")'], ['budi@demo.chorus', 'Budi']];
    }
    const chunks: string[] = [];
    for await (const chunk of csvDocument(['email', 'name'], pages())) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    const text = chunks.join('');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(readBack(text)).toEqual([
      ['email', 'name'],
      ['ana@demo.chorus', 'Ana'],
      ['eve@demo.chorus', '\'=HYPERLINK("http://x")'],
      ['budi@demo.chorus', 'Budi'],
    ]);
  });

  it('leaves out the byte-order mark when asked', async () => {
    const chunks: string[] = [];
    for await (const chunk of csvDocument(['email'], [[['ana@demo.chorus']]], { bom: false })) chunks.push(chunk);
    expect(chunks.join('')).toBe('email\r\nana@demo.chorus\r\n');
  });
});
