/** The payment gateway a server was configured with, or a clear 404 where none is. */
import { serviceError } from '../errors.ts';
import type { Gateway } from '../services/online-payments.ts';
import type { HttpDeps } from './deps.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export function gatewayOf(deps: HttpDeps): Gateway {
  if (!deps.gateway) {
    throw serviceError('PAYMENT_GATEWAY_DISABLED', 404, message('http.paymentGatewayDisabled'));
  }
  return deps.gateway;
}
