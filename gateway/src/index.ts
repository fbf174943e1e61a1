export { issueToken } from './authentication';
export { readGatewaySettings } from './environment';
export {
  type GatewaySettings,
  playgroundNotice,
  type RunningGateway,
  startGateway,
} from './gateway';
