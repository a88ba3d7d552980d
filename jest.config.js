/** Root jest config: `npm test` runs every project (API on real PostgreSQL, web on jsdom, contracts). */
module.exports = {
  projects: ['<rootDir>/apps/api', '<rootDir>/apps/web', '<rootDir>/libs/contracts'],
  // Global, not per project: the 2-core CI machine is slow to start PostgreSQL databases.
  testTimeout: 60000,
};
