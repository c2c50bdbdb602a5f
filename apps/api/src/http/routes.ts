import { Role } from '@chorus/identity';
import { applyDecorators, Controller, Delete, Get, HttpCode, Patch, Post, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from './api-responses';

/*
 * The decorator stacks of routes, by what a route does: its verb and path ('' for the
 * controller's own), the answer it documents and who may call it. Each says what the separate
 * decorators would, so the OpenAPI document is the same either way.
 */

/** The response class, or `[Class]` for a list of them. */
type Answer = Type<unknown> | [Type<unknown>];

interface RouteOptions {
  /** The caller needs one of these; without it, any signed-in user (or the controller's roles). */
  roles?: Role[];
  /** What the answer means, where the class alone does not say. */
  description?: string;
}

/** Signed-in routes under `path`, in the `tag` section of the document, with every route's error answers. */
export const ApiController = (tag: string, path?: string) => applyDecorators(ApiTags(tag), ApiBearerAuth(), ApiErrorResponses(), path === undefined ? Controller() : Controller(path));

/** GET: 200 with the answer. */
export const GetRoute = (path: string, type: Answer, options: RouteOptions = {}) => route(Get(path), ApiOkResponse(answer(type, options)), options);

/** POST that makes something: 201 with it. */
export const CreateRoute = (path: string, type: Answer, options: RouteOptions = {}) => route(Post(path), ApiCreatedResponse(answer(type, options)), options);

/** PATCH: 200 with the changed thing. */
export const PatchRoute = (path: string, type: Answer, options: RouteOptions = {}) => route(Patch(path), ApiOkResponse(answer(type, options)), options);

/** POST that acts on something that exists (approve, cancel …): 200 with it as it is now. */
export const ActionRoute = (path: string, type: Answer, options: RouteOptions = {}) => route(applyDecorators(Post(path), HttpCode(200)), ApiOkResponse(answer(type, options)), options);

/** DELETE: 204, no body. */
export const DeleteRoute = (path: string, description: string, options: Omit<RouteOptions, 'description'> = {}) =>
  route(applyDecorators(Delete(path), HttpCode(204)), ApiNoContentResponse({ description }), options);

function answer(type: Answer, { description }: RouteOptions) {
  return description === undefined ? { type } : { type, description };
}

function route(mapping: MethodDecorator, documented: MethodDecorator, { roles }: RouteOptions) {
  return roles ? applyDecorators(mapping, documented, Roles(...roles)) : applyDecorators(mapping, documented);
}
