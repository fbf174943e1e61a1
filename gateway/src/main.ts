import { settings } from './environment';
import { runGateway } from './gateway';

runGateway(settings);
