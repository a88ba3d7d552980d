import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';

import { SocketService } from './socket.service';

/** Keeps a socket open while someone is signed in, so the server can end the session live. */
export function provideLiveSession(): EnvironmentProviders {
  return provideAppInitializer(() => inject(SocketService).start());
}
