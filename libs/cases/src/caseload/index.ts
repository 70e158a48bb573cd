export * from './caseload-facts';
export * from './caseload.objects';
