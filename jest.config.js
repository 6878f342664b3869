/** Tests run transpile-only through SWC; `tsc -b` type-checks as its own step. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: {
    "^@relais/test-support$": "<rootDir>/test/support/index.ts",
    "^@relais/([a-z-]+)$": "<rootDir>/packages/$1/src/index.ts",
  },
  testTimeout: 30000,
  // One worker per core: Jest's default (cores − 1) runs a two-core machine's suite in band, one file at a time,
  // while the other core waits. Test files are independent (own scratch directories, servers on random ports).
  maxWorkers: "100%",
  // Provides what the tests need from the machine before they run: a browser for the plan's browser test.
  globalSetup: "<rootDir>/test/setup/global-setup.ts",
};
