/** Who is calling, established by the guard from the access token and the database. */
export interface Principal {
  /** The signed-in user; empty for a reporting API key (which is no one's session). */
  userId: string;
  /** Set when the caller is a reporting API key rather than a person. */
  apiKey?: { id: string; scopes: string[] };
  /** The active organization, when the session has one. */
  organizationId?: string;
  /** Present when the user is (still) a member of the active organization. */
  membership?: { id: string; role: string; readsFamilyRecords?: boolean };
  /** Set when the caller is a guardian signed in to the family portal (no user). */
  portal?: PortalCaller;
}

/** A guardian in the family portal, as re-checked in the organization on this request. */
export interface PortalCaller {
  sessionId: string;
  email: string;
  /** The guardian rows with live portal access for this email in the organization. */
  guardianIds: string[];
  /** Their families: the only ones whose cases the portal shows. */
  familyIds: string[];
}

/** A guardian acting in the family portal of their active organization. */
export interface PortalPrincipal extends Principal {
  organizationId: string;
  portal: PortalCaller;
}

/** A caller acting as a member of their active organization (operations with a member rule). */
export interface MemberPrincipal extends Principal {
  organizationId: string;
  membership: { id: string; role: string; readsFamilyRecords?: boolean };
}

/** Claims of an OnRecord access token. */
export interface AccessClaims {
  sub: string;
  /** Active organization id. */
  org?: string;
  /**
   * The session (the refresh token chain) the token was issued in: ended by logOut, and
   * checked on every request, so a signed-out access token stops working at once.
   */
  sid?: string;
}
