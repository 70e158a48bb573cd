import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from './onrecord-plugin.js';

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

describe('onrecord/access-rule-declared', () => {
  tester.run('access-rule-declared', plugin.rules['access-rule-declared'], {
    valid: [
      `@Resolver() class A { @Query(() => String) @Roles('ADMIN') a() {} }`,
      `@Resolver() class A { @FamilyRecords() @Mutation(() => String) a() {} }`,
      // On the class: every operation of it.
      `@Portal() @Resolver() class A { @Query(() => String) a() {} }`,
      `@Controller('x') class A { @Public() @Get() a() {} }`,
      // The operators' routes (the queue dashboard), which check their own credential.
      `@Operators() @Controller('admin/queues') class A { @All() a() {} }`,
      // Field resolvers are not gated by the guard; plain methods are not operations.
      `@Resolver() class A { @ResolveField() a() {} helper() {} }`,
      // Not a resolver or controller.
      `class A { @Query() a() {} }`,
    ],
    invalid: [
      {
        code: `@Resolver() class Cases { @Query(() => String) cases() {} }`,
        errors: [{ messageId: 'undeclared', data: { name: 'Cases.cases' } }],
      },
      {
        code: `@Controller('r') class Files { @Get(':id') @UseFilters(F) file() {} @Public() @Get() ok() {} }`,
        errors: [{ messageId: 'undeclared', data: { name: 'Files.file' } }],
      },
      {
        code: `@Resolver() class A { @SignedIn() @Query() a() {} @Mutation() b() {} }`,
        errors: [{ messageId: 'undeclared', data: { name: 'A.b' } }],
      },
    ],
  });
});

describe('onrecord/no-transaction-in-resolver', () => {
  tester.run('no-transaction-in-resolver', plugin.rules['no-transaction-in-resolver'], {
    valid: [
      `import { type DataScope } from '@onrecord/platform/database';`,
      `async function f(request, service) { return service.open(await request.scope()); }`,
      `async function f(caseService, request) { return caseService.open(await request.scope(), {}); }`,
    ],
    invalid: [
      {
        code: `import { DataScopes } from '@onrecord/platform/database';`,
        errors: [{ messageId: 'opens', data: { name: 'DataScopes' } }],
      },
      {
        code: `import { CrossOrganizationAccess as C } from '@onrecord/platform/database';`,
        errors: [{ messageId: 'opens', data: { name: 'CrossOrganizationAccess' } }],
      },
      {
        code: `class R { a() { return this.scopes.run({ organizationId: 'o' }, undefined, w); } }`,
        errors: [{ messageId: 'opens', data: { name: 'scopes.run' } }],
      },
      {
        code: `async function f(dataScopes) { await dataScopes.open({}); }`,
        errors: [{ messageId: 'opens', data: { name: 'dataScopes.open' } }],
      },
    ],
  });
});

describe('onrecord/job-names-organization', () => {
  tester.run('job-names-organization', plugin.rules['job-names-organization'], {
    valid: [
      `jobs.enqueueAfterCommit(scope, 'system-check', { organizationId, systemCheckId: id });`,
      `jobs.enqueue('replan-organization', { organizationId: o, requestedAt: 1 });`,
      `jobs.enqueue('send-follow-ups', { 'organizationId': o, followUpIds: [], key: 'k' });`,
      // Built elsewhere (typed by TenantJob), or spread: not read.
      `jobs.enqueue('send-follow-ups', payload);`,
      `jobs.enqueue('send-follow-ups', { ...base, key: 'k' });`,
      `jobs.enqueueMany('send-follow-ups', jobsFor(organizationId, list));`,
      `jobs.enqueueMany('send-follow-ups', [{ payload: { organizationId, key: 'k' } }]);`,
    ],
    invalid: [
      {
        code: `jobs.enqueue('refresh-request-outcomes', {});`,
        errors: [{ messageId: 'missing', data: { job: 'refresh-request-outcomes' } }],
      },
      {
        code: `this.jobs.enqueueAfterCommit(scope, 'system-check', { systemCheckId: id });`,
        errors: [{ messageId: 'missing', data: { job: 'system-check' } }],
      },
      {
        code: `jobs.enqueueMany('send-follow-ups', [{ payload: { key: 'k' }, options: {} }]);`,
        errors: [{ messageId: 'missing', data: { job: 'send-follow-ups' } }],
      },
    ],
  });
});

describe('onrecord/no-foreign-entity-writes', () => {
  const rule = plugin.rules['no-foreign-entity-writes'];
  const inCases = 'libs/cases/src/case.service.ts';
  tester.run('no-foreign-entity-writes', rule, {
    valid: [
      // Its own entities, and another feature's read.
      {
        filename: inCases,
        code: `import { Case } from './case.entity'; import { Family } from '@onrecord/families';
          async function f(m) { await m.save(Case, {}); await m.findOneBy(Family, {}); }`,
      },
      // Platform records are no feature's.
      {
        filename: inCases,
        code: `import { AuditEvent } from '@onrecord/platform/audit'; m.insert(AuditEvent, {});`,
      },
      // Outside the features (apps, tests) the rule does not apply.
      {
        filename: 'apps/api/src/demo/seed.ts',
        code: `import { Family } from '@onrecord/families'; m.save(Family, {});`,
      },
    ],
    invalid: [
      {
        filename: inCases,
        code: `import { WrittenRequest } from '@onrecord/requests'; m.update(WrittenRequest, { id }, {});`,
        errors: [{ messageId: 'foreign', data: { entity: 'WrittenRequest', owner: 'requests' } }],
      },
      {
        filename: inCases,
        code: `import { Family } from '@onrecord/families'; m.save(new Family());`,
        errors: [{ messageId: 'foreign', data: { entity: 'Family', owner: 'families' } }],
      },
      {
        filename: inCases,
        code: `import { Student as S } from '@onrecord/families'; q.insert().into(S).values({});`,
        errors: [{ messageId: 'foreign', data: { entity: 'S', owner: 'families' } }],
      },
    ],
  });
});
