import type { EntityManager } from 'typeorm';
import { SiteDocumentVersionEntity } from '../site-documents/site-document.entities';

/** Version 1 of the house rules a council can start from (admins edit and republish them). */
export const DEFAULT_HOUSE_RULES = `# Our house rules

Moot is where colleagues across the council share what they know, ask for help and work together. These rules keep it a place everyone can use with confidence. By taking part you agree to them.

## Be respectful

- Treat colleagues as you would in person. Disagree with ideas, never attack people.
- No harassment, bullying, discrimination or intimidation, including about anything protected by the Equality Act 2010.
- Think about how a post reads to someone who does not know you.

## Remember this is work

- Moot is a council system. The council's code of conduct, IT acceptable use policy and social media policy all apply here.
- Anything you write may be disclosable under the Freedom of Information Act 2000 or a subject access request under UK GDPR. Write as if it could be read out.
- Do not use Moot for private business, trade union organising, or selling.

## Protect personal and sensitive information

- Never post personal data about residents, service users or clients (names, addresses, case details, photos) — even in closed or secret groups.
- Do not share information classified OFFICIAL-SENSITIVE or above, passwords, or security details.
- Only share a colleague's personal information with their consent.

## Stay politically neutral

- Council staff must be politically impartial. Do not campaign for or against a party, candidate or elected member.
- During election periods (the pre-election or "purdah" period) extra care applies: posts that could be seen as political may be held for a moderator to check before they appear.

## Be accurate and fair

- Do not knowingly share misleading information. Correct mistakes when you find them.
- Respect copyright: link to things rather than copying them in full.

## Be yourself, and make posts easy to read

- You post under your own name, as you would speak in a meeting. A group may allow anonymous posts; if it does, it says so clearly.
- Use plain words and descriptive link text. Describe images for people who cannot see them, and do not put important information only in a picture.
- If you ask colleagues for ideas, come back and tell them what happened as a result.

## Keep it useful

- Post in the group that fits, search before you ask, and mark the answer that helped.
- No spam, chain messages or repeated posting.

## If something is wrong

Use **Report** on any post, reply, file or profile. Reports go to moderators, not to the person you report. Read the [moderation policy](/moderation-policy) for what happens next.

Breaking these rules can lead to content being hidden or removed, a warning, or — for serious or repeated breaches — referral to your manager or HR under the council's usual procedures.
`;

/** Version 1 of the moderation policy: what happens to a report, and how to ask for a review. */
export const DEFAULT_MODERATION_POLICY = `# Moderation policy

This explains how we handle reports and what happens to content that may break the [house rules](/house-rules).

## Who sees a report

- **Group managers** see reports about content in their groups.
- **Site admins** see reports about profiles and posts outside groups, and every case a group manager escalates.
- The person who wrote the content is **never** told who reported it. Reporters' names are seen only by the moderators handling the case.

## What a moderator can do

- **Dismiss** — the content does not break the rules; nothing changes.
- **Warn** — the content stays up and the author gets a message explaining which rule it came close to breaking.
- **Hide** — the content is taken out of view while it is looked into.
- **Remove** — the content is taken down because it breaks the rules.
- **Escalate** — a group manager passes the case to site admins, for example when it involves personal data, a possible disciplinary matter, or a conflict of interest.

Moderators can also **restore** content that was hidden or removed, for example after a review.

## What authors are told

When your content is hidden, removed or you receive a warning, you are told which content it was and the reason in plain words. Only you and the moderators can see hidden or removed content.

## Asking for a review

If you think a decision was wrong, use **Ask for a review** on the notice you received, within 14 days. A different moderator — a site admin if a group manager decided — looks at it again. The outcome of a review is final within Moot; you can still raise concerns through your line manager or the council's usual procedures.

## How long it takes

- We aim to look at every report within **two working days**.
- Reports of personal data, harassment or anything unlawful are prioritised and acted on **the same working day** where possible.
- Reviews are decided within **five working days**.

## Election periods

During a pre-election period (purdah) site admins switch on extra checks: posts and replies that match political terms are **held** for a moderator to approve before anyone else sees them. Held content you wrote is shown to you with a note saying it is waiting for a check. Content that is not political is approved as soon as possible.

## Serious matters

Moderators may keep a record of content they remove, and may pass serious matters — threats, discrimination, data breaches or anything unlawful — to HR, information governance or the police, under the council's usual procedures. Every moderation action is recorded in the audit log.
`;

/** Publishes version 1 of both documents, by the given admin. */
export async function seedSiteDocuments(manager: EntityManager, publishedById: string | null): Promise<void> {
  await manager.insert(SiteDocumentVersionEntity, [
    { kind: 'house_rules', version: 1, body: DEFAULT_HOUSE_RULES, material: true, changeSummary: 'First version.', publishedById },
    { kind: 'moderation_policy', version: 1, body: DEFAULT_MODERATION_POLICY, material: false, changeSummary: 'First version.', publishedById },
  ]);
}
