import { settings } from './environment';
import { runGateway } from './gateway';

void runGateway(settings);
