import { useAuth } from '../../auth/AuthProvider';

/** The signed-in person's role in the active organization, and whether it is ADMIN. */
export function useAdminRole(): { role: string | undefined; isAdmin: boolean } {
  const { me } = useAuth();
  const active = me?.activeOrganization;
  const role = me?.memberships.find((m) => m.organization.id === active?.id)?.role;
  return { role, isAdmin: role === 'ADMIN' };
}

export { formatMomentTime } from '../members/member-parts';
