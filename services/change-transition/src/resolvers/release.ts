import { releaseReference } from '../domain/release';
import type { ReleaseResolvers, UserAcceptanceResolvers } from '../generated/graphql';

export const Release: ReleaseResolvers = {
  reference: ({ number }) => releaseReference(number),
  changeRequests: (release, _args, { releases }) => releases.changeRequestsOf(release),
  affectedCustomers: (release, _args, { releases }) => releases.affectedCustomersOf(release),
  acceptances: (release, _args, { releases }) => releases.acceptancesOf(release),
  awaitingSignOff: (release, _args, { releases }) => releases.awaitingSignOffOf(release),
};

export const UserAcceptance: UserAcceptanceResolvers = {
  customer: ({ customerId }) => ({ id: customerId }),
  signedOffBy: ({ contactId, contactName }) =>
    contactId && contactName ? { contactId, name: contactName } : null,
  signOffRecordedBy: ({ signedOffRecordedBy }) => signedOffRecordedBy,
};
