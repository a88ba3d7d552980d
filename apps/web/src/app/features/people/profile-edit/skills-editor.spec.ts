import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { aSkill } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { SkillsEditor } from './skills-editor';
import { SUGGEST_DEBOUNCE_MS } from './skill-picker';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(SkillsEditor.name, () => {
  let fixture: ComponentFixture<SkillsEditor>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SkillsEditor],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SkillsEditor);
    fixture.componentRef.setInput('skills', [aSkill()]);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    host.remove();
  });

  const input = () => host.querySelector<HTMLInputElement>('#skill-name')!;
  const skillNames = () => Array.from(host.querySelectorAll('.moot-editable-list__name')).map((name) => name.textContent?.trim());
  const options = () => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));

  function typeSoFar(value: string): void {
    input().value = value;
    input().dispatchEvent(new Event('input'));
  }

  it('asks for suggestions once typing pauses for 200 ms, then adds the one selected', async () => {
    input().focus();
    typeSoFar('Par');
    await wait(SUGGEST_DEBOUNCE_MS / 2);
    typeSoFar('Partic');
    await wait(SUGGEST_DEBOUNCE_MS / 2);
    http.expectNone((request) => request.url === '/api/skills');
    typeSoFar('Participatory');
    await wait(SUGGEST_DEBOUNCE_MS + 50);

    const suggest = http.expectOne((request) => request.url === '/api/skills');
    expect(suggest.request.params.get('q')).toBe('Participatory');
    suggest.flush({ skills: [{ id: 's-pb', name: 'Participatory budgeting', peopleCount: 1 }] });
    await settle(fixture);

    expect(options().map((option) => option.textContent?.trim())).toEqual(['Participatory budgeting (1 person)']);
    options()[0].click();
    const add = http.expectOne({ method: 'POST', url: '/api/people/me/skills' });
    expect(add.request.body).toEqual({ name: 'Participatory budgeting' });
    add.flush(aSkill({ id: 's-pb', name: 'Participatory budgeting', endorsementCount: 0, offersHelp: false }), {
      status: 201,
      statusText: 'Created',
    });
    await settle(fixture);

    expect(skillNames()).toEqual(['Webchat moderation', 'Participatory budgeting']);
    expect(input().value).toBe('');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Added Participatory budgeting to your skills.');
  });

  it('adds what was typed on Enter (submitting the small form)', async () => {
    typeSoFar('  Knife crime prevention ');
    host.querySelector('form')!.dispatchEvent(new Event('submit'));

    const add = http.expectOne({ method: 'POST', url: '/api/people/me/skills' });
    expect(add.request.body).toEqual({ name: 'Knife crime prevention' });
    add.flush(aSkill({ id: 's-k', name: 'Knife crime prevention', offersHelp: false }));
    await settle(fixture);
    await wait(SUGGEST_DEBOUNCE_MS + 50);
    expect(skillNames()).toContain('Knife crime prevention');
  });

  it('posts the skill again to change "I can help with this", and removes a skill', async () => {
    host.querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    const change = http.expectOne({ method: 'POST', url: '/api/people/me/skills' });
    expect(change.request.body).toEqual({ name: 'Webchat moderation', offersHelp: false });
    change.flush(aSkill({ offersHelp: false }));
    await settle(fixture);
    expect(host.querySelector<HTMLInputElement>('mat-checkbox input')!.checked).toBe(false);

    Array.from(host.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Remove'))!
      .click();
    http.expectOne({ method: 'DELETE', url: '/api/people/me/skills/s-webchat' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(skillNames()).toEqual([]);
    expect(document.activeElement).toBe(input());
  });

  it('shows the API’s message when a name is refused', async () => {
    typeSoFar('x'.repeat(60));
    host.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/people/me/skills').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid: name.',
        errors: [{ field: 'name', messages: ['name must be 1–50 characters'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    await wait(SUGGEST_DEBOUNCE_MS + 50);

    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Skill name must be 1–50 characters');
  });
});
