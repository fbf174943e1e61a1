export { createAuthenticator, issueToken } from './authentication';
export { readGatewaySettings, urlVariable } from './environment';
export {
  type GatewaySettings,
  playgroundNotice,
  type RunningGateway,
  startGateway,
} from './gateway';
