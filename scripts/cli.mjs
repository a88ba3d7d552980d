#!/usr/bin/env node
// `npm run cli -- <command>`: Moot's admin CLI, built on demand like `npm start`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, root } from './build-if-needed.mjs';

// The production image ships a built API and no dev dependencies: never try to build there.
if (process.env.NODE_ENV !== 'production') buildIfNeeded(['api']);
await import(pathToFileURL(path.join(root, 'dist/api/apps/api/src/cli.js')).href);
