import { ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors.js';
import { isStorableText } from './input-guard.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

// Shareable: every subgraph with a paged list resolves it the same way (federation refuses it otherwise).
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last node; pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds a `{ totalCount nodes pageInfo }` connection type for `node`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(name)
  class ConnectionClass implements Connection<T> {
    @Field(() => Int)
    totalCount: number;

    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`'first' moet tussen 1 en ${MAX_PAGE_SIZE} liggen.`, [
      { field: 'first', message: `Kies een getal van 1 tot en met ${MAX_PAGE_SIZE}.` },
    ]);
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key tuple of the last row. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === shape.length &&
    // The parts go into SQL as parameters: a NUL inside the base64 would otherwise become an internal error.
    key.every((part, i) => typeof part === shape[i] && (typeof part !== 'string' || isStorableText(part)) && (typeof part !== 'number' || Number.isFinite(part)));
  if (!valid) {
    throw badUserInput('Deze cursor is ongeldig. Begin opnieuw bij de eerste pagina.', [
      { field: 'after', message: 'Ongeldige cursor.' },
    ]);
  }
  return key as (string | number)[];
}
