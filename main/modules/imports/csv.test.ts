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
    expect(t.rows).toEqual([['1', '2'], [`x${nl}y`, '3'], ['4', '5']]);
    expect([0, 1, 2].map(t.lineOf)).toEqual([2, 3, 5]);
  }
  fs.writeFileSync(tmp('b.csv'), 'a,b\n1,2\n3\n4,"5\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:4/);
  fs.writeFileSync(tmp('b.csv'), 'a,b\n1,2\n3\n4,5\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:3: has 1 fields/);
  fs.writeFileSync(tmp('b.csv'), 'a,c\n1,2\n');
  expect(() => readCsv(tmp('b.csv'), 'b.csv', ['a', 'b'])).toThrow(/b.csv:1: field "b": required column is missing \(the header has "c"/);
});
