import { AppError } from '../../../shared/ipc/envelope';
import type { Handlers } from '../../main/ipc-dispatch';
import type { HandlerDeps } from './context';

type ReportHandlers = Pick<Handlers, 'report:render'>;

export function reportHandlers(_deps: HandlerDeps): ReportHandlers {
  return {
    'report:render': () => {
      throw new AppError('internal', 'Reports are not available yet.');
    },
  };
}
