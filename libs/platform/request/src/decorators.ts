import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

/** The request an operation runs in: GraphQL keeps it in its context, a REST route on req. */
function requestOf(context: ExecutionContext): RequestContext {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ request?: RequestContext }>().request
      : context.switchToHttp().getRequest<{ onrecord?: RequestContext }>().onrecord;
  if (!request) throw new Error('No OnRecord request here: is the route behind the access guard?');
  return request;
}

/**
 * The request's transaction, as the caller (`@Scope() scope: DataScope`): the organization is
 * set in PostgreSQL and row-level security applies. Nest awaits what a parameter decorator
 * gives before the method runs, so the method receives the open scope.
 */
export const Scope = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestOf(context).scope(),
);

/** The member calling a members-only operation, with their organization and role. */
export const Member = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestOf(context).member(),
);

/** The guardian calling a family portal operation, with their families. */
export const Guardian = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestOf(context).guardian(),
);

/**
 * The whole request, for what the parameters above do not give: its loaders (one query per
 * relation for a list), its id, the signed-in caller of an operation open to any user.
 */
export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestOf(context),
);
