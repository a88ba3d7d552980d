import { ComponentFixture } from '@angular/core/testing';

/**
 * Lets promise chains that follow a flushed HTTP response finish (they are not pending tasks
 * Angular knows about), then waits for the change detection they scheduled.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
