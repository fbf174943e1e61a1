-- One database per subgraph; each service runs its own migrations at start.
CREATE DATABASE customer_portfolio;
CREATE DATABASE service_level;
CREATE DATABASE change_transition;
CREATE DATABASE continual_improvement;
