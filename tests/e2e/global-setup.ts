import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without type declarations, shared with `npm start`.
import { createStaticServer, listen } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync('out/index.html')) {
    throw new Error('No built site in out/: run "npm run build" before "npm run test:e2e".');
  }
  server = createStaticServer('out') as Server;
  const baseUrl: string = await listen(server, 0);
  project.provide('baseUrl', baseUrl);
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}
