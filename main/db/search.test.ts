import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { foldText, registerSearchFunctions, textMatches } from './search';

describe('folded search', () => {
  test('folding drops case and accents, keeps everything else', () => {
    expect(foldText('São Paulo')).toBe('sao paulo');
    expect(foldText('ZÜRICH')).toBe('zurich');
    expect(foldText('Crème Brûlée 50%')).toBe('creme brulee 50%');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('85123A')).toBe('85123a');
  });

  test('both sides are folded: accented queries find plain text and plain queries find accented text', () => {
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)");
    const rows = [
      [1, 'sao paulo', null],
      [2, 'São Paulo', null],
      [3, 'José Silva', 'Zürich'],
      [4, 'WHITE HANGING HEART', '85123A'],
      [5, '50% off', 'rio'],
      [6, '500 off', null],
    ];
    for (const r of rows) db.prepare('INSERT INTO t VALUES (?, ?, ?)').run(...r);
    const find = (q: string) => {
      const m = textMatches(q, { text: ['a', 'b'] });
      return (db.prepare(`SELECT id FROM t WHERE ${m.text} ORDER BY id`).pluck().all(...m.values) as number[]);
    };
    expect(find('São Paulo')).toEqual([1, 2]);
    expect(find('SAO PAULO')).toEqual([1, 2]);
    expect(find('jose')).toEqual([3]);
    expect(find('JOSÉ')).toEqual([3]);
    expect(find('zurich')).toEqual([3]);
    expect(find('85123a')).toEqual([4]);
    expect(find('hanging heart')).toEqual([4]);
    // LIKE's wildcards in the query are plain characters
    expect(find('50%')).toEqual([5]);
    expect(find('_')).toEqual([]);
    expect(textMatches('x', {}).text).toBe('0');
    // codes are compared as they are (ASCII), case aside
    const code = textMatches('85123a', { codes: ['b'] });
    expect(db.prepare(`SELECT id FROM t WHERE ${code.text}`).pluck().all(...code.values)).toEqual([4]);
  });
});
