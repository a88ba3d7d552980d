import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ANIMATION_MODULE_TYPE } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { GroupDetail } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { OWNER_RIGHTS, aGroup, planning } from '../testing/group-factories';
import { GroupSettingsPanel } from './group-settings';

describe(GroupSettingsPanel.name, () => {
  const group = aGroup({ type: 'closed', myRole: 'owner', can: OWNER_RIGHTS, departments: [planning] });
  const url = `/api/groups/${group.id}`;
  let http: HttpTestingController;
  let fixture: ComponentFixture<GroupSettingsPanel>;
  let element: HTMLElement;
  let updated: GroupDetail[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: ANIMATION_MODULE_TYPE, useValue: 'NoopAnimations' }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GroupSettingsPanel);
    fixture.componentRef.setInput('group', group);
    updated = [];
    fixture.componentInstance.updated.subscribe((value) => updated.push(value));
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    http.expectOne('/api/departments').flush({ departments: [{ ...planning, peopleCount: 3 }] });
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const button = (name: string, root: ParentNode = element) =>
    Array.from(root.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);

  it('fills the form from the group and saves changes without the web address', async () => {
    const name = element.querySelector<HTMLInputElement>('#group-name')!;
    expect(name.value).toBe('Planning forum');
    expect(element.querySelector('#group-slug')).toBeNull();

    name.value = 'Planning and consultation forum';
    name.dispatchEvent(new Event('input'));
    button('Save changes')!.click();
    await settle(fixture);

    const patch = http.expectOne({ method: 'PATCH', url });
    expect(patch.request.body).toMatchObject({ name: 'Planning and consultation forum', type: 'closed', departmentIds: [planning.id] });
    expect(patch.request.body).not.toHaveProperty('slug');
    patch.flush({ ...group, name: 'Planning and consultation forum' });
    await settle(fixture);

    expect(updated.map((value) => value.name)).toEqual(['Planning and consultation forum']);
    expect(element.textContent).toContain('Your changes have been saved.');
  });

  it('archives the group only after confirmation', async () => {
    button('Archive group')!.click();
    await settle(fixture);
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(dialog.textContent).toContain('Archive Planning forum?');
    http.expectNone(`${url}/archive`);

    button('Archive group', dialog)!.click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: `${url}/archive` }).flush({ ...group, archived: true });
    await settle(fixture);

    expect(updated[0].archived).toBe(true);
  });
});
