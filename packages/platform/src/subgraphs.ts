/** The subgraphs of the supergraph: their names, default ports and databases. */
export const SUBGRAPHS = [
  { name: 'customer-portfolio', defaultPort: 4001, database: 'customer_portfolio' },
  { name: 'service-level', defaultPort: 4002, database: 'service_level' },
  { name: 'change-transition', defaultPort: 4003, database: 'change_transition' },
  { name: 'continual-improvement', defaultPort: 4004, database: 'continual_improvement' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function subgraphNamed(name: SubgraphName) {
  return SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
}
