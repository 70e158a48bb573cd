import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import { FOLLOW_UPS_ENTITIES, FollowUpsModule } from '@onrecord/follow-ups';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { DocumentsModule } from '../documents.module';

/** The entities of documents and the libs below them. */
export const DOCUMENTS_AND_BELOW = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...REQUESTS_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
  ...DOCUMENTS_ENTITIES,
];

/** The api of the documents' specs: cases and requests to put documents on, and documents. */
export const DOCUMENTS_API = apiOf({
  entities: DOCUMENTS_AND_BELOW,
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
    DocumentsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});

/** A document upload as the console sends it: multipart/form-data with the file in `file`. */
export function uploadDocument(
  apiUrl: string,
  token: string | undefined,
  fields: Record<string, string>,
  file: { bytes: Buffer; name: string; type?: string } | null,
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file)
    form.append(
      'file',
      // A Uint8Array, not the Buffer itself: with the DOM types (which pdfmake's bring in) a Blob takes no Buffer.
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  return fetch(`${apiUrl}/documents`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
}
