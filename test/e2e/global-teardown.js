/** Stops the server that global-setup started, then drops its database and removes its DATA_DIR. */
const { dropDatabase, removeDir, stopChild, stopOrphanPostgres } = require('./support/server-process');

module.exports = async function globalTeardown() {
  const state = globalThis.__MOOT_E2E__;
  if (!state) return;
  try {
    await stopChild(state.child);
    state.child = undefined;
    await stopOrphanPostgres(state.dataDir);
    if (state.database) await dropDatabase(state.database);
  } finally {
    removeDir(state.dataDir);
    state.dataDir = undefined;
    await new Promise((resolve) => state.log.end(resolve));
    globalThis.__MOOT_E2E__ = undefined;
  }
};
