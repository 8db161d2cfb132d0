import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';

/** What a DTO field accepts, as far as a fuzzer needs to know to send the wrong thing. */
export type FieldKind = 'string' | 'integer' | 'boolean' | 'array' | 'object';

/** A DTO's fields by name, read from class-validator's metadata (what the ValidationPipe checks). */
export type DtoShape = { name: string; fields: Record<string, FieldKind> };

/** One HTTP route as the controllers declare it. */
export type RouteShape = {
  /** `METHOD /api/path`, as the shared access table spells it. */
  key: string;
  method: string;
  path: string;
  body: DtoShape | null;
  query: DtoShape | null;
  /** Path parameters typed `number`: the global ParseIdPipe checks them as ids. */
  idParams: string[];
};

type RouteArgument = { index: number; data?: unknown };

/** The constraint names that tell a field's kind, strongest first. */
const KIND_BY_CONSTRAINT: Array<[FieldKind, string[]]> = [
  ['integer', ['isInt', 'isPositive', 'min', 'max']],
  ['boolean', ['isBoolean']],
  ['string', ['isString', 'matches', 'isIn', 'isUrl', 'maxLength', 'isNotEmpty', 'isLength']],
];

function kindOf(constraints: Set<string>): FieldKind | null {
  if (constraints.has('nestedValidation')) {
    return constraints.has('isArray') ? 'array' : 'object';
  }
  if (constraints.has('isArray') || constraints.has('arrayMaxSize')) return 'array';
  for (const [kind, names] of KIND_BY_CONSTRAINT) {
    if (names.some((name) => constraints.has(name))) return kind;
  }
  return null;
}

/** The fields of a DTO class and their kinds; null for a parameter that is no DTO. */
export function dtoShape(dto: unknown): DtoShape | null {
  if (
    typeof dto !== 'function' ||
    [String, Number, Boolean, Object, Array].includes(dto as never)
  ) {
    return null;
  }
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(dto, '', true, false);
  if (metadatas.length === 0) return null;
  const constraints = new Map<string, Set<string>>();
  for (const metadata of metadatas) {
    const names = constraints.get(metadata.propertyName) ?? new Set<string>();
    if (metadata.type === 'nestedValidation') names.add('nestedValidation');
    if (metadata.constraintCls) {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.name) names.add(constraint.name);
      }
    }
    constraints.set(metadata.propertyName, names);
  }
  const fields: Record<string, FieldKind> = {};
  for (const [property, names] of constraints) {
    const kind = kindOf(names);
    if (kind) fields[property] = kind;
  }
  return { name: (dto as Type).name, fields };
}

function joinPath(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((part) => part.split('/'))
      .filter((part) => part !== '')
      .join('/')
  );
}

function pathsOf(metadata: unknown): string[] {
  if (Array.isArray(metadata)) return metadata.map(String);
  return [typeof metadata === 'string' ? metadata : '/'];
}

/**
 * Every route of every controller the app registered, with its body and query DTOs and id
 * parameters, read from Nest's decorator metadata (the router knows paths only).
 */
export function routeShapes(app: INestApplication): RouteShape[] {
  const shapes: RouteShape[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          RouteArgument
        >;
        const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ??
          []) as unknown[];
        let body: DtoShape | null = null;
        let query: DtoShape | null = null;
        const idParams: string[] = [];
        for (const [key, argument] of Object.entries(args)) {
          const paramtype = Number(key.split(':')[0]);
          const type = types[argument.index];
          if (paramtype === Number(RouteParamtypes.BODY)) body = dtoShape(type);
          if (paramtype === Number(RouteParamtypes.QUERY)) query = dtoShape(type);
          if (paramtype === Number(RouteParamtypes.PARAM) && type === Number) {
            idParams.push(String(argument.data));
          }
        }
        const method = RequestMethod[requestMethod];
        for (const controllerPath of pathsOf(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const ownPath of pathsOf(methodPath)) {
            const path = joinPath('api', controllerPath, ownPath);
            shapes.push({ key: `${method} ${path}`, method, path, body, query, idParams });
          }
        }
      }
    }
  }
  return shapes.sort((a, b) => a.key.localeCompare(b.key));
}
