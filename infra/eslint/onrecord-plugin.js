// OnRecord's own lint rules: conventions that matter for access and tenancy, checked
// statically (the runtime holds them too: the guard denies an operation with no access
// rule, row-level security confines every transaction). CommonJS, so both eslint.config.mjs
// and the rules' jest tests load it as it is.

/** The decorators that declare an access rule (libs/platform/auth access.decorator.ts). */
const ACCESS_DECORATORS = new Set([
  'Public',
  'SignedIn',
  'Roles',
  'FamilyRecords',
  'Portal',
  'Operators',
]);
/** Operations the access guard gates: GraphQL root fields and HTTP routes. */
const OPERATION_DECORATORS = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'Get',
  'Post',
  'Put',
  'Patch',
  'Delete',
  'All',
]);
const CLASS_DECORATORS = new Set(['Resolver', 'Controller']);

/** The decorator's name: `@Roles(...)` and `@Roles` alike. */
function decoratorName(decorator) {
  const expression = decorator.expression;
  const callee = expression.type === 'CallExpression' ? expression.callee : expression;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier')
    return callee.property.name;
  return null;
}

const names = (node) => (node.decorators ?? []).map(decoratorName).filter(Boolean);

/** @type {import('eslint').Rule.RuleModule} */
const accessRuleDeclared = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Every GraphQL operation and HTTP route declares who may call it (@Public, @SignedIn, @Roles, @FamilyRecords, @Portal, @Operators), on itself or its class.',
    },
    messages: {
      undeclared:
        '{{name}} declares no access rule: add @Public, @SignedIn, @Roles, @FamilyRecords, @Portal or @Operators (the guard refuses it otherwise).',
    },
    schema: [],
  },
  create(context) {
    return {
      ClassDeclaration(node) {
        const classNames = names(node);
        if (!classNames.some((name) => CLASS_DECORATORS.has(name))) return;
        if (classNames.some((name) => ACCESS_DECORATORS.has(name))) return;
        for (const member of node.body.body) {
          if (member.type !== 'MethodDefinition') continue;
          const own = names(member);
          if (!own.some((name) => OPERATION_DECORATORS.has(name))) continue;
          if (own.some((name) => ACCESS_DECORATORS.has(name))) continue;
          const method = member.key.type === 'Identifier' ? member.key.name : '(computed)';
          context.report({
            node: member.key,
            messageId: 'undeclared',
            data: { name: `${node.id ? node.id.name : 'class'}.${method}` },
          });
        }
      },
    };
  },
};

/** Whose construction or injection lets code open a transaction of its own. */
const TRANSACTION_OPENERS = new Set(['DataScopes', 'CrossOrganizationAccess']);

/** @type {import('eslint').Rule.RuleModule} */
const noTransactionInResolver = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "A resolver or controller works in the request's transaction (request.scope()); it opens none of its own.",
    },
    messages: {
      opens:
        "{{name}} opens a transaction of its own: a resolver works in the request's (await request.scope()); a service that needs another takes it from there.",
    },
    schema: [],
  },
  create(context) {
    return {
      ImportSpecifier(node) {
        const name = node.imported.type === 'Identifier' ? node.imported.name : null;
        if (name && TRANSACTION_OPENERS.has(name))
          context.report({ node, messageId: 'opens', data: { name } });
      },
      // `this.scopes.run(...)`, `scopes.open(...)`, however DataScopes came to hand.
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (callee.property.name !== 'run' && callee.property.name !== 'open') return;
        const target =
          callee.object.type === 'MemberExpression' ? callee.object.property : callee.object;
        if (target.type === 'Identifier' && /scopes$/i.test(target.name))
          context.report({
            node,
            messageId: 'opens',
            data: { name: `${target.name}.${callee.property.name}` },
          });
      },
    };
  },
};

/** JobProducer's methods and where each takes the job's name. */
const ENQUEUE_NAME_ARGUMENT = { enqueue: 0, enqueueAfterCommit: 1, enqueueMany: 0 };

function hasOrganization(object) {
  return object.properties.some(
    (property) =>
      property.type === 'SpreadElement' ||
      (property.type === 'Property' &&
        ((property.key.type === 'Identifier' && property.key.name === 'organizationId') ||
          (property.key.type === 'Literal' && property.key.value === 'organizationId'))),
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const jobNamesOrganization = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "A job's payload names its organization (the worker runs it with that organization set); a sweep across organizations says why.",
    },
    messages: {
      missing:
        "Job '{{job}}' is enqueued without organizationId in its payload: the worker could not confine it to one organization.",
    },
    schema: [],
  },
  create(context) {
    const check = (payload, job, node) => {
      // Only literals are read: a payload built elsewhere is typed by TenantJob.
      if (payload && payload.type === 'ObjectExpression' && !hasOrganization(payload))
        context.report({ node, messageId: 'missing', data: { job } });
    };
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (!(method in ENQUEUE_NAME_ARGUMENT)) return;
        const at = ENQUEUE_NAME_ARGUMENT[method];
        const name = node.arguments[at];
        const job = name && name.type === 'Literal' ? String(name.value) : '?';
        const payload = node.arguments[at + 1];
        if (method !== 'enqueueMany') return check(payload, job, node);
        if (!payload || payload.type !== 'ArrayExpression') return;
        for (const element of payload.elements) {
          if (!element || element.type !== 'ObjectExpression') continue;
          const inner = element.properties.find(
            (p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'payload',
          );
          if (inner) check(inner.value, job, element);
        }
      },
    };
  },
};

/** What writes rows: the entity manager's and the query builder's writing methods. */
const WRITES = new Set([
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'restore',
  'into',
]);

/** `@onrecord/<feature>` (not platform, not a testing entry point): another feature's package. */
function otherFeature(source, ownFeature) {
  const match = /^@onrecord\/([^/]+)$/.exec(source);
  return match && match[1] !== 'platform' && match[1] !== ownFeature ? match[1] : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noForeignEntityWrites = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "A feature changes its own tables only: another feature's records change through that feature's services.",
    },
    messages: {
      foreign:
        "{{entity}} belongs to the {{owner}} feature: change it through that feature's services, not by writing its rows here.",
    },
    schema: [],
  },
  create(context) {
    const feature = /libs\/([^/]+)\/src\//.exec(context.filename.replace(/\\/g, '/'))?.[1];
    if (!feature || feature === 'platform') return {};
    const foreign = new Map();
    const entityOf = (node) => {
      if (node?.type === 'NewExpression') node = node.callee;
      return node?.type === 'Identifier' ? foreign.get(node.name) : undefined;
    };
    return {
      ImportDeclaration(node) {
        const owner = otherFeature(String(node.source.value), feature);
        if (!owner || node.importKind === 'type') return;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type')
            foreign.set(specifier.local.name, owner);
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (!WRITES.has(callee.property.name)) return;
        const argument = node.arguments[0];
        const owner = entityOf(argument);
        if (!owner) return;
        const entity = argument.type === 'NewExpression' ? argument.callee.name : argument.name;
        context.report({ node, messageId: 'foreign', data: { entity, owner } });
      },
    };
  },
};

module.exports = {
  meta: { name: 'onrecord' },
  rules: {
    'no-foreign-entity-writes': noForeignEntityWrites,
    'access-rule-declared': accessRuleDeclared,
    'no-transaction-in-resolver': noTransactionInResolver,
    'job-names-organization': jobNamesOrganization,
  },
};
