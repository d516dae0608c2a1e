import type { MDXComponents } from 'mdx/types';
import { getMDXComponents } from '@/components/mdx/registry';

// Next's MDX integration looks for this file at the project root.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...getMDXComponents(), ...components };
}
