#!/usr/bin/env node
// `npm start`: build what is missing or out of date, then run the API (which serves the web app).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, root } from './build-if-needed.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`moot: Node.js 20.19 or newer is needed (this is ${process.versions.node}).\n`);
  process.exit(1);
}

buildIfNeeded(['api', 'web']);
await import(pathToFileURL(path.join(root, 'dist/api/apps/api/src/main.js')).href);
