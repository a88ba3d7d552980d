import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IdpCertificateInfo } from '@moot/contracts';

/** True when no signing certificate will keep working past the warning period. */
export function needsNewCertificate(certificates: IdpCertificateInfo[]): boolean {
  return certificates.length === 0 || certificates.every((certificate) => certificate.expired || certificate.expiresSoon);
}

/** A signing certificate's expiry in words, with a warning tag (not colour alone) when it matters. */
@Component({
  selector: 'moot-certificate-expiry',
  imports: [DatePipe],
  template: `
    @let cert = certificate();
    @if (cert.expired) {
      <strong class="moot-tag moot-tag--error">Expired</strong>
      @if (cert.notAfter) {
        on {{ cert.notAfter | date: 'd MMMM y' }}
      } @else {
        (the certificate cannot be read)
      }
    } @else if (cert.expiresSoon) {
      <strong class="moot-tag moot-tag--warning">Expires soon</strong>
      {{ cert.notAfter | date: 'd MMMM y' }} ({{ daysLeft() }})
    } @else {
      Expires {{ cert.notAfter | date: 'd MMMM y' }}
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateExpiry {
  readonly certificate = input.required<IdpCertificateInfo>();

  protected daysLeft(): string {
    const days = this.certificate().daysRemaining ?? 0;
    if (days < 1) return 'less than a day left';
    return days === 1 ? '1 day left' : `${days} days left`;
  }
}
