// The pure half of the snippet checker: finding ```c blocks in MDX and building
// the translation unit gcc sees. No gcc here, so this runs in `npm test`.
import { parseDiagnostics } from '@/lib/content/compile-snippet';
import { assembleTranslationUnit, extractCSnippets, type CSnippet } from '@/lib/content/snippets';

const LESSON = [
  '---', // 1
  'title: Test', // 2
  '---', // 3
  '', // 4
  '```bash', // 5
  'echo not C', // 6
  '```', // 7
  '', // 8
  '```c title="a.c" {2}', // 9
  '#include <stdio.h>', // 10
  'int main(void) { return 0; }', // 11
  '```', // 12
  '', // 13
  '<Pitfall title="x">', // 14
  '', // 15
  '  ```c context=dpdk body wrong', // 16
  '  int x = ;', // 17
  '    int y;', // 18
  '  ```', // 19
  '', // 20
  '</Pitfall>', // 21
].join('\n');

describe('extractCSnippets', () => {
  test('finds only the c blocks, with their lines and parsed meta', () => {
    const found = extractCSnippets(LESSON, 'l.mdx');
    expect(found.map((s) => [s.fenceLine, s.codeLine])).toEqual([
      [9, 10],
      [16, 17],
    ]);
    expect(found[0]?.meta).toMatchObject({ title: 'a.c', highlight: [2], body: false, wrong: false });
    expect(found[0]?.code).toBe('#include <stdio.h>\nint main(void) { return 0; }');
    expect(found[1]?.meta).toMatchObject({ context: 'dpdk', body: true, wrong: true });
  });

  test("removes the fence's own indentation and keeps deeper indentation", () => {
    expect(extractCSnippets(LESSON)[1]?.code).toBe('int x = ;\n  int y;');
  });

  test('does not mistake a c fence shown inside a longer fence for a block', () => {
    const source = ['````md', '```c', 'not compiled', '```', '````', '~~~c', 'int a;', '~~~'].join('\n');
    expect(extractCSnippets(source).map((s) => s.code)).toEqual(['int a;']);
  });

  test('only the language c counts, not cpp or a c-prefixed word', () => {
    const source = ['```cpp', 'int a;', '```', '```csv', 'a,b', '```', '```c', 'int b;', '```'].join('\n');
    expect(extractCSnippets(source).map((s) => s.code)).toEqual(['int b;']);
  });

  test('counts lines the same with CRLF line endings', () => {
    const found = extractCSnippets(LESSON.replace(/\n/g, '\r\n'));
    expect(found.map((s) => s.fenceLine)).toEqual([9, 16]);
    expect(found[0]?.code).not.toContain('\r');
  });

  test('an unclosed fence is an error naming the file and line', () => {
    expect(() => extractCSnippets('text\n```c\nint a;\n', 'l.mdx')).toThrow('l.mdx:2: code fence ``` is never closed');
  });

  test('a bad meta string is an error naming the file and line', () => {
    expect(() => extractCSnippets('\n```c contxt=dpdk\nint a;\n```\n', 'l.mdx')).toThrow(/^l\.mdx:2: .*contxt/);
  });

  test('an empty c block is an error, since it would pass vacuously', () => {
    expect(() => extractCSnippets('```c\n\n```\n', 'l.mdx')).toThrow('l.mdx:1: empty C code block');
  });
});

function snippet(code: string, meta: Partial<CSnippet['meta']> = {}): CSnippet {
  return {
    fenceLine: 41,
    codeLine: 42,
    code,
    meta: { highlight: [], body: false, wrong: false, nocopy: false, ...meta },
  };
}

const CONTEXTS = new Set(['dpdk', 'verbs']);

describe('assembleTranslationUnit', () => {
  test('a whole translation unit gets only a #line directive pointing at the lesson', () => {
    expect(assembleTranslationUnit(snippet('int main(void) { return 0; }'), 'content/lessons/x.mdx', CONTEXTS)).toBe(
      '#line 42 "content/lessons/x.mdx"\nint main(void) { return 0; }\n',
    );
  });

  test('context includes its header; body wraps the code after the #line', () => {
    const tu = assembleTranslationUnit(snippet('f();\ng();', { context: 'dpdk', body: true }), 'l.mdx', CONTEXTS);
    expect(tu).toBe('#include "dpdk.h"\nvoid snippet(void) {\n#line 42 "l.mdx"\nf();\ng();\n}\n');
  });

  test('an unknown context is an error naming the lesson file and fence line', () => {
    expect(() => assembleTranslationUnit(snippet('int a;', { context: 'sockets' }), 'l.mdx', CONTEXTS)).toThrow(
      'l.mdx:41: unknown snippet context "sockets"',
    );
  });

  test('a context name cannot reach outside content/snippets', () => {
    const sneaky = new Set(['../../etc/x']);
    expect(() => assembleTranslationUnit(snippet('int a;', { context: '../../etc/x' }), 'l.mdx', sneaky)).toThrow(
      /unknown snippet context/,
    );
  });

  test('quotes and backslashes in the file name are escaped in #line', () => {
    const tu = assembleTranslationUnit(snippet('int a;'), 'a"b\\c.mdx', CONTEXTS);
    expect(tu.split('\n')[0]).toBe('#line 42 "a\\"b\\\\c.mdx"');
  });
});

describe('parseDiagnostics', () => {
  test("reads gcc's located messages and skips the rest", () => {
    const stderr = [
      'content/lessons/rdma.mdx: In function ‘snippet’:',
      'content/lessons/rdma.mdx:57:10: error: ‘struct <anonymous>’ has no member named ‘local_addr’',
      '   57 |         .local_addr = (uintptr_t)local_buf,',
      '      |          ^~~~~~~~~~',
      'content/lessons/rdma.mdx:57:23: note: (near initialization for ‘wr.wr.rdma’)',
      '<stdin>:1:10: fatal error: nosuch.h: No such file or directory',
      'cc1: all warnings being treated as errors',
    ].join('\n');
    expect(parseDiagnostics(stderr)).toEqual([
      {
        file: 'content/lessons/rdma.mdx',
        line: 57,
        severity: 'error',
        message: '‘struct <anonymous>’ has no member named ‘local_addr’',
      },
      { file: 'content/lessons/rdma.mdx', line: 57, severity: 'note', message: '(near initialization for ‘wr.wr.rdma’)' },
      { file: '<stdin>', line: 1, severity: 'fatal error', message: 'nosuch.h: No such file or directory' },
    ]);
  });
});
