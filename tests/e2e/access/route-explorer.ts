import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../../src/access/access.decorator.js';

export interface RegisteredRoute {
  method: string;
  /** Express-style path, e.g. /api/newsrooms/:slug/members/:userId */
  path: string;
  controller: string;
  handler: string;
  rule: AccessRule | undefined;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [value === undefined ? '' : String(value)]);
const join = (...parts: string[]) => '/' + parts.flatMap((part) => part.split('/')).filter(Boolean).join('/');

/**
 * Every HTTP route the running application registered, read from the Nest
 * container (not the OpenAPI document, which may leave routes out), with the
 * Access rule it declares. Grows by itself as controllers are added.
 */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const seen = new Set<Function>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (Function & { prototype: Record<string, unknown> }) | undefined;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPaths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const rule = (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller)) as AccessRule | undefined;
        for (const prefix of prefixes) {
          for (const path of asList(methodPaths)) routes.push({ method, path: join(prefix, path), controller: controller.name, handler: name, rule });
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export const FAKE_ID = '00000000-0000-4000-8000-000000000000';

/** Fills `:slug` with the given newsroom and every other parameter with a well-formed id nobody has. */
export function concretePath(path: string, slug: string): string {
  return path.replace(/:slug\b/g, slug).replace(/:[A-Za-z_]\w*\??/g, FAKE_ID);
}

/** Runs the tasks with at most `limit` in flight (the matrix has hundreds of cells). */
export async function inPool(tasks: (() => Promise<void>)[], limit = 12): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}
