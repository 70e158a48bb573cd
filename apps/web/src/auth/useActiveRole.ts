import { useAuth } from './AuthProvider';

/** The signed-in member's role in the organization they are working in, and its time zone. */
export function useActiveRole() {
  const { me } = useAuth();
  const active = me?.activeOrganization;
  const role = me?.memberships.find((m) => m.organization.id === active?.id)?.role;
  return { role, isAdmin: role === 'ADMIN', timeZone: active?.timeZone ?? undefined };
}
