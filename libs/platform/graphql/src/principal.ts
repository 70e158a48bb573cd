/** Who is calling, established by the guard from the access token and the database. */
export interface Principal {
  /** The signed-in user; empty for a reporting API key (which is no one's session). */
  userId: string;
  /** Set when the caller is a reporting API key rather than a person. */
  apiKey?: { id: string; scopes: string[] };
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
