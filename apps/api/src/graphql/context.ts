/** What every resolver receives: the caller and the services; the same for HTTP and WebSocket operations. */
import type { Principal } from '../auth/api-keys.ts';
import type { Services } from '../services/services.ts';

export interface ApiContext {
  principal: Principal;
  services: Services;
  /** The configured public origin (DESTSEG_PUBLIC_URL) or the server's own, for absolute image URLs. */
  baseUrl: string;
}
