import { ChangeDetectionStrategy, Component } from '@angular/core';

const DATA_URL = '/api/people/me/data';

/**
 * "Download your data": plain links, so the browser downloads the file itself with the session
 * cookie (the API sends it as an attachment, streamed). No script is needed for it to work.
 */
@Component({
  selector: 'moot-personal-data-section',
  template: `
    <section class="moot-personal-data" aria-labelledby="personal-data-title">
      <h2 id="personal-data-title" class="moot-heading-l">Download your data</h2>
      <div class="moot-prose">
        <p>
          Get a copy of everything you have written on Moot and your profile: your posts (including anonymous ones),
          replies, reactions, poll votes, skills, endorsements, groups, notification settings and the files you
          uploaded (as links). Other people's posts are not included.
        </p>
        <ul>
          <li>
            <a [href]="htmlUrl" download>Download as a web page</a> (HTML): easy to read in any browser.
          </li>
          <li>
            <a [href]="jsonUrl" download>Download as data</a> (JSON): for moving your data to another service.
          </li>
        </ul>
        <p class="moot-hint">You can download your data up to 10 times an hour. Each download is recorded.</p>
      </div>
    </section>
  `,
  styles: `
    .moot-personal-data {
      margin-top: 2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalDataSection {
  protected readonly htmlUrl = `${DATA_URL}?format=html`;
  protected readonly jsonUrl = `${DATA_URL}?format=json`;
}
