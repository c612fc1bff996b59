/** Bumped whenever a change to the parser can change its output; stored with every import. */
export const PARSER_VERSION = '0.1.0';
