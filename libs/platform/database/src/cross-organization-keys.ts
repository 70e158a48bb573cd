/**
 * The keys of the scope methods that widen what row-level security shows: opening a scope
 * with lookups, and changing a scope's identity. Only CrossOrganizationAccess (and this
 * package's tests) use them; the package's index does not export this file, so a feature
 * can reach them only through CrossOrganizationAccess's named, logged methods.
 */
export const RUN_ACROSS = Symbol('run across organizations');
export const BECOME = Symbol('become');
