import { DOCUMENT, Injector, afterNextRender, inject } from '@angular/core';

/**
 * Answers a function that puts focus on the element with the given id once the next render is done:
 * for when the control that had focus is gone, or what should have focus has only just been added.
 * Call it in an injection context, e.g. `private readonly focusAfterRender = focusAfterRender();`.
 */
export function focusAfterRender(injector: Injector = inject(Injector)): (id: string) => void {
  const document = injector.get(DOCUMENT);
  return (id) => {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector });
  };
}
