export { issueToken } from './authentication';
export { type GatewaySettings, type RunningGateway, startGateway } from './gateway';
