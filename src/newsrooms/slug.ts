/** 2 to 40 lower-case letters, digits and inner dashes: safe in URLs and easy to read aloud. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$/;
