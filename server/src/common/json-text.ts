/**
 * A value already serialized as JSON, typed by what it stands for. A hot read that many screens
 * ask for (a motion's tally) is serialized once when counted and sent as it is: a route returning
 * one declares `@Header('Content-Type', JSON_CONTENT_TYPE)`, so Express sends the text unchanged.
 */
export type JsonText<T> = string & { readonly __json?: T };

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function toJsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value);
}
