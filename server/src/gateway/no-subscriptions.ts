import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * The supergraph has no Subscription type. graphql-js only notices that when it executes, and the query planner
 * fails first with an internal error (HTTP 500); refused during validation, a subscription is the client's error.
 */
const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError('Deze API biedt geen subscriptions aan. Gebruik een query.', { nodes: node, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    }
  },
});

export const noSubscriptions: GatewayPlugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(noSubscriptionsRule);
  },
};
