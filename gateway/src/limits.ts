import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/** What one request may ask of the gateway. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  /** graphql-armor's cost: each object and scalar field costs, more the deeper it sits. */
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Field suggestions in errors ("Did you mean …?") reveal the schema; they go with
   * introspection. */
  blockFieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: Omit<RequestLimits, 'blockFieldSuggestions'> = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 50,
};

/**
 * graphql-armor's validation rules and plugins for the limits. A refusal is a
 * GRAPHQL_VALIDATION_FAILED error (HTTP 400) naming the limit in `extensions.limit`, for
 * example `MAX_DEPTH`, with the limit and what the query had in its message. A document
 * over the token limit fails to parse (GRAPHQL_PARSE_FAILED) before anything else runs.
 */
export function requestLimits(limits: RequestLimits) {
  const refuse = (limit: string) => (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { limit },
      }),
    );
  };
  const rule = (limit: string) => ({ propagateOnRejection: false, onReject: [refuse(limit)] });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rule('MAX_DEPTH') },
    maxAliases: { n: limits.maxAliases, ...rule('MAX_ALIASES') },
    costLimit: { maxCost: limits.maxCost, ...rule('MAX_COST') },
    maxDirectives: { n: limits.maxDirectives, ...rule('MAX_DIRECTIVES') },
    // graphql-js counts tokens while parsing (see parseOptions); armor's plugin for it
    // answers HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

const UNITS = { b: 1, kb: 1024, mb: 1024 * 1024 } as const;

/** A size such as `100kb` in bytes, as express's body parser reads it. */
export function bytesOf(size: string): number {
  const [, amount, unit] = /^(\d+)(b|kb|mb)$/i.exec(size)!;
  return Number(amount) * UNITS[unit!.toLowerCase() as keyof typeof UNITS];
}
