import { test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from './csv';
import { tempDir } from '../../testing/fixtures';

const dir = tempDir();
const tmp = (n: string) => path.join(dir, n);
test('reports the physical line of every row, across embedded newlines and CRLF', () => {
  for (const nl of ['\n', '\r\n']) {
    fs.writeFileSync(tmp('a.csv'), ['a,b', '1,2', '"x', 'y",3', '4,5', ''].join(nl));
    const t = readCsv(tmp('a.csv'), 'a.csv', ['a', 'b']);
    // a line break inside a quoted field is "\n" whatever the file uses
    expect(t.rows).toEqual([['1', '2'], ['x\ny', '3'], ['4', '5']]);
    expect([0, 1, 2].map(t.lineOf)).toEqual([2, 3, 5]);
  }
  fs.writeFileSync(tmp('b.csv'), 'a,b\n1,2\n3\n4,"5\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:4/);
  fs.writeFileSync(tmp('b.csv'), 'a,b\n1,2\n3\n4,5\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:3: has 1 fields/);
  fs.writeFileSync(tmp('b.csv'), 'a,c\n1,2\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:1: field "b": required column is missing \(the header has "c"/);
});

test('a file whose line endings change part way parses, with its physical lines', () => {
  // the first 50 lines end in CRLF, the rest in LF (two exports pasted together)
  const rows = Array.from({ length: 120 }, (_, i) => `${i},"v${i}"`);
  const text = ['a,b', ...rows.slice(0, 49)].join('\r\n') + '\r\n' + rows.slice(49).join('\n') + '\n';
  fs.writeFileSync(tmp('mixed.csv'), text);
  const t = readCsv(tmp('mixed.csv'), 'mixed.csv', ['a', 'b']);
  expect(t.rows.length).toBe(120);
  expect(t.rows[119]).toEqual(['119', 'v119']);
  expect(t.rows[48]).toEqual(['48', 'v48']);
  expect([t.lineOf(0), t.lineOf(49), t.lineOf(119)]).toEqual([2, 51, 121]);
  // a bad row after the switch is named by its own line, not as a 1,751-field line 51
  fs.writeFileSync(tmp('mixed.csv'), text.replace('\n100,"v100"\n', '\n100,"v100",extra\n'));
  expect(() => readCsv(tmp('mixed.csv'), 'mixed.csv', ['a', 'b'])).toThrow(/^mixed.csv:102: has 3 fields, the header has 2$/);
  // old Mac line endings (CR alone) are line endings too
  fs.writeFileSync(tmp('cr.csv'), 'a,b\r1,"x\ry"\r2,3\r');
  expect(readCsv(tmp('cr.csv'), 'cr.csv', ['a', 'b']).rows).toEqual([['1', 'x\ny'], ['2', '3']]);
});

test('a header that names a column twice is refused: which one is meant cannot be known', () => {
  fs.writeFileSync(tmp('dup.csv'), 'a,b,c,b\n1,2,3,4\n');
  expect(() => readCsv(tmp('dup.csv'), 'dup.csv', ['a', 'b'])).toThrow('dup.csv:1: field "b": appears twice in the header (columns 2 and 4)');
});

test('bytes that are not UTF-8 are refused at their line', () => {
  // "São Paulo" in Latin-1 on line 3
  fs.writeFileSync(tmp('latin1.csv'), Buffer.concat([Buffer.from('a,b\n1,2\n3,S'), Buffer.from([0xe3]), Buffer.from('o Paulo\n')]));
  expect(() => readCsv(tmp('latin1.csv'), 'latin1.csv', ['a', 'b'])).toThrow(/^latin1.csv:3: is not UTF-8 text/);
  // a real U+FFFD before it is text like any other
  fs.writeFileSync(tmp('fffd.csv'), Buffer.concat([Buffer.from('a,b\n1,\uFFFD\n3,4\n5,'), Buffer.from([0xff]), Buffer.from('\n')]));
  expect(() => readCsv(tmp('fffd.csv'), 'fffd.csv', ['a', 'b'])).toThrow(/^fffd.csv:4: is not UTF-8 text/);
  fs.writeFileSync(tmp('ok.csv'), 'a,b\n1,\uFFFD\n');
  expect(readCsv(tmp('ok.csv'), 'ok.csv', ['a', 'b']).rows).toEqual([['1', '\uFFFD']]);
});
