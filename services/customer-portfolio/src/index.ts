export { createCustomerPortfolio, customerPortfolio } from './subgraph';
export { readPortfolioSettings } from './environment';
