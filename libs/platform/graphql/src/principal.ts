/** Who is calling, established by the guard from the access token and the database. */
export interface Principal {
  userId: string;
  /** The active organization, when the session has one. */
  organizationId?: string;
  /** Present when the user is (still) a member of the active organization. */
  membership?: { id: string; role: string };
}

/** A caller acting as a member of their active organization (operations with a member rule). */
export interface MemberPrincipal extends Principal {
  organizationId: string;
  membership: { id: string; role: string };
}

/** Claims of an OnRecord access token. */
export interface AccessClaims {
  sub: string;
  /** Active organization id. */
  org?: string;
}
