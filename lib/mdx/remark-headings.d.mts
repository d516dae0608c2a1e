import type { Root, Heading, Nodes } from 'mdast';

export interface CollectedHeading {
  node: Heading;
  id: string;
  text: string;
  depth: number;
}

export function nodeText(node: Nodes): string;
export function headingId(text: string): string;
export function collectHeadings(tree: Root, file?: string): CollectedHeading[];
export default function remarkHeadings(): (tree: Root, file?: { path?: string }) => void;
