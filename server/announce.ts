/** The start-up lines that say where the product is served, printed once whatever the number of processes. */
export function announceListening(addresses: string[], workers = 1): void {
  const processes = workers > 1 ? ` (${workers} tiến trình / processes)` : '';
  console.log(`Một Cửa đang chạy tại / listening on ${addresses.join(' ')}${processes}`);
  console.log(`  REST: ${addresses[0]}/api/v1 (OpenAPI: /api/v1/openapi.json) · tRPC: ${addresses[0]}/trpc`);
}

export function announceSimulator(payUrl: string): void {
  console.log(`  Cổng thanh toán thử nghiệm / payment gateway simulator: ${payUrl}`);
}
