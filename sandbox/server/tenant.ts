/**
 * Tenant IDs as Pyroscope accepts them (the rule it shares with Cortex and Mimir): at most 150
 * characters of A-Z, a-z, 0-9 and ! - _ . * ' ( ), and neither "." nor "..". The rule also keeps a
 * tenant's folder inside the data directory.
 */
export const MAX_TENANT_LENGTH = 150;

const ALLOWED = /^[A-Za-z0-9!\-_.*'()]+$/;

/** What is wrong with a tenant ID, naming the rule; undefined when it is valid. */
export function tenantProblem(id: string): string | undefined {
  if (id === '.' || id === '..') {
    return `tenant ID "${id}" is not allowed: "." and ".." are reserved`;
  }
  if (id.length > MAX_TENANT_LENGTH) {
    return `tenant ID is ${id.length} characters long: at most ${MAX_TENANT_LENGTH} are allowed`;
  }
  if (!ALLOWED.test(id)) {
    return "tenant ID may only hold the characters A-Z, a-z, 0-9 and ! - _ . * ' ( )";
  }
  return undefined;
}
