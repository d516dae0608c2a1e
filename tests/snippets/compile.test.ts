// Compiles every ```c block of the lessons with gcc against the real headers
// (npm run test:snippets). A normal block must compile; a `wrong` block must
// fail, with an error in its own lines, not in a context header.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSnippetCompiler, type CompileResult } from '@/lib/content/compile-snippet';
import { extractCSnippets, type CSnippet } from '@/lib/content/snippets';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lessonDir = 'content/lessons';
const compiler = createSnippetCompiler(root);

const blocks: { file: string; snippet: CSnippet }[] = readdirSync(join(root, lessonDir))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .flatMap((name) => {
    const file = `${lessonDir}/${name}`;
    const source = readFileSync(join(root, file), 'utf8');
    return extractCSnippets(source, file).map((snippet) => ({ file, snippet }));
  });

function lastLine(snippet: CSnippet): number {
  return snippet.codeLine + snippet.code.split('\n').length - 1;
}

function errorsIn(result: CompileResult, file: string, from: number, to: number) {
  return result.diagnostics.filter(
    (d) => d.severity !== 'note' && d.severity !== 'warning' && d.file === file && d.line >= from && d.line <= to,
  );
}

test('the lessons contain C blocks to check', () => {
  // Guards against a suite that passes because extraction found nothing.
  expect(blocks.length).toBeGreaterThan(0);
});

describe('lesson C blocks', () => {
  for (const { file, snippet } of blocks) {
    const label = `${file}:${snippet.fenceLine}${snippet.meta.wrong ? ' (wrong on purpose)' : ''}`;
    test(label, () => {
      const result = compiler.compileSnippet(snippet, file);
      if (snippet.meta.wrong) {
        expect(result.ok, `a block marked wrong compiled cleanly`).toBe(false);
        expect(
          errorsIn(result, file, snippet.codeLine, lastLine(snippet)),
          `the errors are not in the block's own lines:\n${result.output}`,
        ).not.toHaveLength(0);
      } else {
        expect(result.ok, result.output).toBe(true);
      }
    });
  }
});

// The source document's RDMA READ request, with the variables renamed to the
// ones content/snippets/verbs.h declares, so that its only faults are the
// members that struct ibv_send_wr's wr.rdma does not have.
const SOURCE_READ = `\`\`\`c context=verbs body wrong
struct ibv_send_wr wr = {
    .wr_id = (uintptr_t)ctx,
    .opcode = IBV_WR_RDMA_READ,
    .send_flags = IBV_SEND_SIGNALED,
    .wr.rdma = {
        .remote_addr = peer_addr,
        .rkey = peer_rkey,
        .local_addr = (uintptr_t)local_buf,
        .lkey = local_mr->lkey,
        .len = size
    }
};
struct ibv_send_wr *bad_wr = NULL;
if (ibv_post_send(qp, &wr, &bad_wr))
    return;
\`\`\`
`;

const CORRECTED_READ = `\`\`\`c context=verbs body
struct ibv_sge sge = {
    .addr = (uintptr_t)local_buf,
    .length = size,
    .lkey = local_mr->lkey,
};
struct ibv_send_wr wr = {
    .wr_id = (uintptr_t)ctx,
    .sg_list = &sge,
    .num_sge = 1,
    .opcode = IBV_WR_RDMA_READ,
    .send_flags = IBV_SEND_SIGNALED,
    .wr.rdma = { .remote_addr = peer_addr, .rkey = peer_rkey },
};
struct ibv_send_wr *bad_wr = NULL;
if (ibv_post_send(qp, &wr, &bad_wr))
    return;
\`\`\`
`;

describe('a context cannot hide errors', () => {
  const fixture = 'tests/snippets/fixture.mdx';

  function only(source: string): CSnippet {
    const [snippet, ...rest] = extractCSnippets(source, fixture);
    if (!snippet || rest.length > 0) throw new Error('fixture must hold exactly one C block');
    return snippet;
  }

  test("the source document's ibv_send_wr (local buffer inside wr.rdma) fails to compile", () => {
    const result = compiler.compileSnippet(only(SOURCE_READ), fixture);
    expect(result.ok).toBe(false);
    const missing = result.diagnostics
      .filter((d) => d.severity === 'error' && /has no member named/.test(d.message))
      .map((d) => /has no member named ‘?'?(\w+)/.exec(d.message)?.[1]);
    expect(missing).toEqual(['local_addr', 'lkey', 'len']);
    // #line maps the error to the fixture's own line of `.local_addr`.
    const localAddr = result.diagnostics.find((d) => d.message.includes('local_addr'));
    expect(localAddr).toMatchObject({ file: fixture, line: 9 });
  });

  test('the corrected request (local buffer in an ibv_sge in sg_list) compiles', () => {
    const result = compiler.compileSnippet(only(CORRECTED_READ), fixture);
    expect(result.ok, result.output).toBe(true);
  });

  test('an unknown context fails, naming the lesson file and line', () => {
    const snippet = only('```c context=nosuch body\nint x = 0;\n(void)x;\n```\n');
    expect(() => compiler.compileSnippet(snippet, fixture)).toThrow(
      `${fixture}:1: unknown snippet context "nosuch"`,
    );
  });
});
