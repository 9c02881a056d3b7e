import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { badUserInput } from '../core/errors.js';

// The page sizes of core/pagination.ts, which is not imported here: it declares type-graphql types, and the
// gateway process does not load reflect-metadata.
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export interface CostModel {
  maxCost: number;
  /** Items assumed in a list without a known size. */
  assumedListSize: number;
  /** Known upper bounds per `Type.field` (the reference data: 35 regio's, at most 18 gemeenten in one, ...). */
  listSizes: Record<string, number>;
  /** Extra cost of fields that run a search (and count every facet). */
  fieldCosts: Record<string, number>;
}

/**
 * The estimated cost of an operation: every object it can return counts 1, times the sizes of the lists it
 * sits in. A connection's `nodes` count `first` items (a variable's value, else the default page); other lists
 * their known bound or the assumed size. So nesting lists multiplies the way the response grows, which depth
 * alone does not see: `regios { gemeenten { regio { gemeenten { regio { gemeenten { code } } } } } }` is only 6
 * deep but returns 34,200 gemeenten.
 */
export function estimateCost(model: CostModel, schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables: Record<string, unknown> = {}): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const pageSize = (field: FieldNode): number => {
    const first = field.arguments?.find((a) => a.name.value === 'first');
    const value = first ? valueFromASTUntyped(first.value, variables) : undefined;
    return typeof value === 'number' ? Math.min(Math.max(value, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  };

  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined | null, times: number, page: number, spread: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field || !type) continue;
        const named = getNamedType(field.type);
        const key = `${type.name}.${field.name}`;
        const isList = isListType(getNullableType(field.type));
        const size = !isList ? 1 : field.name === 'nodes' ? page : (model.listSizes[key] ?? model.assumedListSize);
        const here = times * size;
        cost += here * ((isCompositeType(named) ? 1 : 0) + (model.fieldCosts[field.name] ?? 0));
        if (selection.selectionSet) cost += walk(selection.selectionSet, named, here, pageSize(selection), spread);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += walk(selection.selectionSet, on, times, page, spread);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is refused by validation; here it must just not loop.
        if (!fragment || spread.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        cost += walk(fragment.selectionSet, on, times, page, new Set([...spread, fragment.name.value]));
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, DEFAULT_PAGE_SIZE, new Set());
}

/**
 * Refuses an operation whose estimated cost is over the maximum, after validation and before the gateway plans
 * or fetches anything (BAD_USER_INPUT). Runs at execution so variables (`first: $first`) count with their values.
 */
export function costLimitPlugin(model: CostModel): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost(model, args.schema, args.document, args.operationName, args.variableValues ?? {});
      if (cost <= model.maxCost) return;
      setResultAndStopExecution({
        errors: [
          badUserInput(
            `Deze vraag vraagt te veel gegevens tegelijk (geschat ${cost}, maximaal ${model.maxCost}). Vraag minder velden, minder geneste lijsten of kleinere pagina's.`,
          ),
        ],
      });
    },
  };
}
