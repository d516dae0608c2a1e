// Runs gcc on a snippet's translation unit. Node only: used by the snippet
// suite (npm run test:snippets), never by the site build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assembleTranslationUnit, type CSnippet } from './snippets';

export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'note' | 'fatal error';
  message: string;
}

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** gcc's full stderr, carets included, for failure messages. */
  output: string;
}

export interface SnippetCompiler {
  /** Names of the context headers in content/snippets/, without `.h`. */
  contexts: ReadonlySet<string>;
  compileTranslationUnit(tu: string): CompileResult;
  compileSnippet(snippet: CSnippet, file: string): CompileResult;
}

// The libraries the lessons show; Debian's -dev packages provide their .pc files.
const PKG_CONFIG_LIBS = ['libdpdk', 'libxdp', 'libbpf', 'liburing'];

/**
 * A compiler rooted at the repository `root`: gcc runs there, so `#line` file
 * names such as content/lessons/dpdk.mdx are real paths. Throws if pkg-config
 * cannot find a library: a missing header package must fail the suite loudly.
 */
export function createSnippetCompiler(root: string): SnippetCompiler {
  const snippetDir = join(root, 'content', 'snippets');
  const contexts = new Set(
    readdirSync(snippetDir)
      .filter((name) => name.endsWith('.h'))
      .map((name) => name.slice(0, -2)),
  );
  const args = [
    '-fsyntax-only',
    '-Wall',
    '-Werror',
    '-std=gnu11',
    '-fdiagnostics-color=never',
    '-I',
    snippetDir,
    ...pkgConfigCflags(),
    '-x',
    'c',
    '-',
  ];

  function compileTranslationUnit(tu: string): CompileResult {
    const run = spawnSync('gcc', args, { cwd: root, input: tu, encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`cannot run gcc: ${run.error.message}`);
    const output = run.stderr;
    return { ok: run.status === 0, diagnostics: parseDiagnostics(output), output };
  }

  return {
    contexts,
    compileTranslationUnit,
    compileSnippet: (snippet, file) =>
      compileTranslationUnit(assembleTranslationUnit(snippet, file, contexts)),
  };
}

function pkgConfigCflags(): string[] {
  const run = spawnSync('pkg-config', ['--cflags', ...PKG_CONFIG_LIBS], { encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run pkg-config: ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(`pkg-config --cflags ${PKG_CONFIG_LIBS.join(' ')} failed: ${run.stderr.trim()}`);
  }
  return run.stdout.trim().split(/\s+/).filter(Boolean);
}

const DIAGNOSTIC = /^(.+?):(\d+):(?:\d+:)? (error|warning|note|fatal error): (.*)$/;

/** gcc's "file:line:col: severity: message" lines; caret and context lines are skipped. */
export function parseDiagnostics(stderr: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of stderr.split('\n')) {
    const m = DIAGNOSTIC.exec(line);
    if (!m) continue;
    const [, file = '', lineNo = '0', severity, message = ''] = m;
    diagnostics.push({ file, line: Number(lineNo), severity: severity as Diagnostic['severity'], message });
  }
  return diagnostics;
}
