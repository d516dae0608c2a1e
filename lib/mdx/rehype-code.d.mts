import type { Root } from 'hast';

export default function rehypeCode(): (tree: Root, file?: { path?: string }) => Promise<void>;
