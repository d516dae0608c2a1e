// Serves the exported course on http://localhost:3000 (or $PORT).
import { existsSync } from 'node:fs';
import { createStaticServer, listen } from './static-server.mjs';

const root = process.argv[2] ?? 'out';
if (!existsSync(root)) {
  console.error(`No ${root}/ folder: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const server = createStaticServer(root);
const url = await listen(server, port, process.env.HOST ?? '0.0.0.0');
console.log(`Bypass is being served from ${root}/ at http://localhost:${new URL(url).port}/ (Ctrl+C to stop)`);
