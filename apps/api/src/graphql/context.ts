/** What every resolver receives: the caller and the services; the same for HTTP and WebSocket operations. */
import type { Principal } from '../auth/api-keys.ts';
import type { Services } from '../services/services.ts';
import type { Loaders } from './loaders.ts';

export interface ApiContext {
  principal: Principal;
  services: Services;
  /** This request's batching row loaders (loaders.ts): field resolvers read related rows through them. */
  loaders: Loaders;
  /** The configured public origin (DESTSEG_PUBLIC_URL) or the server's own, for absolute image URLs. */
  baseUrl: string;
}
