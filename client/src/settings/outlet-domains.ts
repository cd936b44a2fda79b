/** Domains as typed: separated by commas or spaces, scheme, path and `www.` left out. */
export function domainsOf(typed: string): string[] {
  return [
    ...new Set(
      typed
        .split(/[\s,]+/)
        .map((d) => d.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, ''))
        .filter(Boolean),
    ),
  ];
}
