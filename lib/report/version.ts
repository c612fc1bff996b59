/**
 * Bumped whenever a change to the parser can change its output; stored with every import, and what
 * `npm run reparse` compares to renew reports an older parser made. test/report/parser-version.test.ts
 * fails when the output over the repository's reports changes and this does not.
 */
export const PARSER_VERSION = '0.5.1';
