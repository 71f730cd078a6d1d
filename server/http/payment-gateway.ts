/** The payment gateway a server was configured with, or a clear 404 where none is. */
import { serviceError } from '../errors.ts';
import type { Gateway } from '../services/online-payments.ts';
import type { HttpDeps } from './deps.ts';

export function gatewayOf(deps: HttpDeps): Gateway {
  if (!deps.gateway) {
    throw serviceError(
      'PAYMENT_GATEWAY_DISABLED',
      404,
      'Máy chủ này chưa kết nối cổng thanh toán trực tuyến: hãy nộp phí, lệ phí tại Bộ phận Một cửa.',
      'No online payment gateway is configured on this server: pay the fees at the one-stop reception.',
    );
  }
  return deps.gateway;
}
