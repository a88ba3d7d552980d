import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AVATAR_MAX_BYTES } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { AVATAR_TOO_LARGE, AvatarEditor } from './avatar-editor';

function aFile(size: number, type = 'image/png'): File {
  const file = new File(['x'], 'me.png', { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe(AvatarEditor.name, () => {
  let fixture: ComponentFixture<AvatarEditor>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AvatarEditor],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AvatarEditor);
    fixture.componentRef.setInput('name', 'Priya Shah');
    host = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function choose(file: File): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('#avatar-file')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  it('refuses an image over 5 MB without uploading it, in the server’s words', async () => {
    await choose(aFile(AVATAR_MAX_BYTES + 1));

    http.expectNone('/api/people/me/avatar');
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe(AVATAR_TOO_LARGE);
    expect(AVATAR_TOO_LARGE).toBe('The image is larger than 5 MB. Choose a smaller one.');
    expect(host.querySelector('#avatar-file')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is not PNG, JPEG or WebP', async () => {
    await choose(aFile(1000, 'image/gif'));

    http.expectNone('/api/people/me/avatar');
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Choose a PNG, JPEG or WebP image.');
  });

  it('uploads an image of exactly 5 MB as multipart "file", previews it, and removes it', async () => {
    const file = aFile(AVATAR_MAX_BYTES);
    await choose(file);

    const upload = http.expectOne({ method: 'PUT', url: '/api/people/me/avatar' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({ avatarUrl: '/api/people/p-priya/avatar?size=128&v=2' });
    await settle(fixture);
    expect(host.querySelector('img')?.getAttribute('src')).toBe('/api/people/p-priya/avatar?size=128&v=2');
    expect(host.querySelector('img')?.getAttribute('alt')).toBe('Your current photo');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Your new photo has been saved.');

    Array.from(host.querySelectorAll('button'))
      .find((button) => button.textContent?.trim() === 'Remove photo')!
      .click();
    http.expectOne({ method: 'DELETE', url: '/api/people/me/avatar' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.moot-avatar--initials')?.textContent?.trim()).toBe('PS');
  });
});
