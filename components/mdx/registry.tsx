import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { CodeBlock } from './code-block';
import { DeepDive } from './deep-dive';
import { Figure } from './figure';
import { Heading } from './heading';
import { Note } from './note';
import { Pitfall } from './pitfall';
import { Quiz } from '@/components/quiz/quiz';
import { Recap } from './recap';
import { SmartLink } from './smart-link';
import { StackDiagram } from '@/components/diagrams/stack-diagram';
import { Table } from './table';
import { Term } from './term';
import { YouWillLearn } from './you-will-learn';

type H = ComponentPropsWithoutRef<'h2'>;

/**
 * Every tag an MDX lesson may use. Lessons import nothing: a tag missing here
 * fails the content tests (tests/content) before it can fail a page.
 */
export const mdxComponents = {
  h2: (props: H) => <Heading level={2} {...props} />,
  h3: (props: H) => <Heading level={3} {...props} />,
  h4: (props: H) => <Heading level={4} {...props} />,
  a: SmartLink,
  pre: CodeBlock,
  table: Table,
  YouWillLearn,
  Recap,
  Note,
  Pitfall,
  DeepDive,
  Figure,
  Term,
  Quiz,
  StackDiagram,
} satisfies MDXComponents;

/** Custom (capitalised) tags lessons may use, for the content tests. */
export const MDX_TAGS: ReadonlySet<string> = new Set(Object.keys(mdxComponents).filter((k) => /^[A-Z]/.test(k)));

export function getMDXComponents(): MDXComponents {
  return mdxComponents;
}
