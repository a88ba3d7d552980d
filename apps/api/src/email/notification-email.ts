import type { NotificationType } from '@moot/contracts';
import type { EmailNotificationRow } from './email-notification.repository';
import { EmailItem, renderEmail, RenderedEmail } from './email-layout';
import { describeNotification, TYPE_PLURAL } from './notification-wording';

export interface EmailSite {
  siteName: string;
  publicUrl: string;
}

function item(site: EmailSite, row: EmailNotificationRow): EmailItem {
  return { text: describeNotification(row.type, row.actorNames, row.actorCount), url: `${site.publicUrl}${row.link}` };
}

/** One notification, sent straight away. */
export function renderImmediateEmail(site: EmailSite, row: EmailNotificationRow, unsubscribeUrl: string): RenderedEmail {
  const entry = item(site, row);
  return renderEmail({
    siteName: site.siteName,
    subject: `${entry.text} – ${site.siteName}`,
    heading: entry.text,
    intro: `You have a new notification in ${site.siteName}. Follow the link to read it.`,
    items: [entry],
    unsubscribe: {
      url: unsubscribeUrl,
      linkText: `Stop emails about ${TYPE_PLURAL[row.type]}`,
      reason: `You asked to be emailed straight away about ${TYPE_PLURAL[row.type]}.`,
    },
    preferencesUrl: `${site.publicUrl}/notifications/preferences`,
  });
}

/** Everything unread since the last digest, in one email. */
export function renderDigestEmail(site: EmailSite, period: 'daily' | 'weekly', rows: EmailNotificationRow[], unsubscribe: { type: NotificationType; url: string }): RenderedEmail {
  const count = rows.length;
  const heading = `${count} ${count === 1 ? 'thing' : 'things'} you have not seen yet`;
  return renderEmail({
    siteName: site.siteName,
    subject: `Your ${period} summary: ${heading} – ${site.siteName}`,
    heading,
    intro: `Here is your ${period} summary of notifications you have not read in ${site.siteName}.`,
    items: rows.map((row) => item(site, row)),
    unsubscribe: {
      url: unsubscribe.url,
      linkText: `Stop emails about ${TYPE_PLURAL[unsubscribe.type]}`,
      reason: `You get a ${period} summary of the notifications you chose. The link below stops emails about ${TYPE_PLURAL[unsubscribe.type]}; use your settings for the rest.`,
    },
    preferencesUrl: `${site.publicUrl}/notifications/preferences`,
  });
}
