import { DEMO_PEOPLE } from './demo-council';

/**
 * Profile details of the demo council, so the people pages look alive on first start.
 * Keyed by "Given Family". `helps` are skills listed under "I can help with"; `learning`
 * matches other departments' offers, so mentoring suggestions have something to show.
 */
export interface DemoProfile {
  bio: string;
  askMeAbout: string[];
  location: string;
  workingPattern?: string;
  pronouns?: string;
  interests?: string[];
  helps?: string[];
  learning?: string[];
  /** This person keeps their location to themselves. */
  hidesLocation?: boolean;
}

export const DEMO_LOCATIONS = ['Town Hall', 'Civic Centre, floor 3', 'Northbridge Depot', 'Hybrid – mostly home'] as const;
const [TOWN_HALL, CIVIC_CENTRE, DEPOT, HYBRID] = DEMO_LOCATIONS;

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  'Amara Okafor': { bio: 'I lead the comms team. Happy to talk through a **tricky media enquiry** before you reply.', askMeAbout: ['Press office', 'Crisis plans'], location: TOWN_HALL, pronouns: 'she/her', helps: ['Crisis communications', 'Social media strategy'] },
  'Tom Hughes': { bio: 'I make our videos and run the social accounts. Send me your *before and after* photos.', askMeAbout: ['Short video', 'Social media scheduling'], location: HYBRID, pronouns: 'he/him', helps: ['Video editing'], learning: ['Facilitation'] },
  'Priya Shah': { bio: 'Press releases by day, webchat rehearsals on Thursdays. I will happily edit your draft into plain English.', askMeAbout: ['Webchat', 'Press releases'], location: TOWN_HALL, helps: ['Press releases'], learning: ['Committee procedure'] },
  'Gareth Evans': { bio: 'I write the staff newsletter and run the all-staff briefings.', askMeAbout: ['Staff newsletter', 'Intranet content'], location: CIVIC_CENTRE, workingPattern: 'Mon–Thu, compressed hours', helps: ['Plain English'] },
  'Sophie Turner': { bio: 'Designer. Ask me before you make a poster: I have templates that pass contrast checks.', askMeAbout: ['Brand guidelines', 'Accessible documents'], location: CIVIC_CENTRE, pronouns: 'she/her', helps: ['Graphic design', 'Infographics'] },
  'Daniel Byrne': { bio: 'Head of Engagement and Consultation. I care about **closing the loop**: telling people what happened to their views.', askMeAbout: ['You said, we did', 'Consultation planning'], location: TOWN_HALL, pronouns: 'he/him', helps: ['Facilitation'] },
  'Fatima Begum': { bio: 'I design surveys and consultations, and I will challenge a leading question.', askMeAbout: ['Survey questions', 'Consultation Institute standards'], location: CIVIC_CENTRE, workingPattern: 'Part-time, Tue–Thu', helps: ['Survey design', 'Consultation design'], learning: ['Plain English'] },
  'Liam Walsh': { bio: 'Out in the community most days: pop-up stalls, youth clubs and residents\' meetings.', askMeAbout: ['Pop-up events', 'Community groups'], location: DEPOT, helps: ['Community outreach'] },
  'Hannah Price': { bio: 'I run our online engagement platform and the youth council\'s channels.', askMeAbout: ['Online engagement', 'Young people'], location: HYBRID, pronouns: 'she/her', interests: ['Podcasts'], learning: ['Video editing'] },
  'Kwame Mensah': { bio: 'Analyst. I turn survey responses into something a committee can use.', askMeAbout: ['Census data', 'Dashboards'], location: CIVIC_CENTRE, helps: ['Data analysis'] },
  'Eleanor Marsh': { bio: 'Democratic Services. If you need to know how a decision is *actually* made, ask me.', askMeAbout: ['Decision making', 'Forward plan'], location: TOWN_HALL, pronouns: 'she/her', helps: ['Committee procedure'] },
  'Rhys Morgan': { bio: 'I clerk committees and run the webcasts.', askMeAbout: ['Webcasting', 'Agendas'], location: TOWN_HALL, helps: ['Webcasting meetings'], learning: ['Social media strategy'] },
  'Grace Adeyemi': { bio: 'Scrutiny officer: evidence sessions, task-and-finish groups and recommendations that stick.', askMeAbout: ['Scrutiny reviews', 'Evidence sessions'], location: TOWN_HALL, pronouns: 'she/her', learning: ['Data analysis'], helps: ['Scrutiny'] },
  'Oliver Clarke': { bio: 'Elections and the pre-election period. Yes, you can still tweet about bins.', askMeAbout: ['Purdah', 'Polling stations'], location: TOWN_HALL, helps: ['Pre-election period'] },
  'Mei Chen': { bio: 'I support councillors with casework and the petitions scheme.', askMeAbout: ['Petitions', 'Councillor enquiries'], location: TOWN_HALL, workingPattern: 'Hybrid, office Mon and Wed', helps: ['Petitions scheme'] },
  'James Whitaker': { bio: 'Planning policy and the Local Plan. I want our consultations to ask better questions.', askMeAbout: ['Local Plan', 'Call for sites'], location: CIVIC_CENTRE, learning: ['Survey design'], helps: ['Local Plan'] },
  'Chloe Fraser': { bio: 'I write committee reports on major applications and present them at planning committee.', askMeAbout: ['Planning committee', 'Major applications'], location: CIVIC_CENTRE, pronouns: 'she/her', learning: ['Plain English'], helps: ['Public meetings'] },
  'Arjun Patel': { bio: 'Maps are my thing: I can put almost anything on one.', askMeAbout: ['Mapping', 'Planning appeals'], location: CIVIC_CENTRE, helps: ['GIS mapping'] },
  "Niamh O'Connor": { bio: 'Conservation officer and amateur photographer of listed buildings.', askMeAbout: ['Listed buildings', 'Conservation areas'], location: HYBRID, interests: ['Local history'], helps: ['Heritage'] },
  'Samuel Reid': { bio: 'Principal social worker. Co-production is how we should design everything.', askMeAbout: ['Co-production', 'Safeguarding adults'], location: CIVIC_CENTRE, pronouns: 'he/him', helps: ['Co-production', 'Mentoring'] },
  'Aisha Rahman': { bio: 'Social worker and BSL user. I can help make consultations accessible to Deaf residents.', askMeAbout: ['Deaf awareness', 'BSL interpreters'], location: CIVIC_CENTRE, pronouns: 'she/her', helps: ['British Sign Language'], learning: ['Video editing'] },
  'Peter Nowak': { bio: 'Occupational therapist. I test kit and apps that help people live independently.', askMeAbout: ['Assistive technology', 'Home adaptations'], location: DEPOT, learning: ['User research'], helps: ['Assistive technology'] },
  'Lucy Bennett': { bio: 'I commission adult social care services with the people who use them.', askMeAbout: ['Commissioning', 'Provider engagement'], location: CIVIC_CENTRE, learning: ['Consultation design'], helps: ['Commissioning'] },
  'Ibrahim Hassan': { bio: 'I support unpaid carers and run the carers\' forum.', askMeAbout: ['Carers forum', 'Community groups'], location: DEPOT, pronouns: 'he/him', helps: ['Community outreach'] },
  'Rachel Green': { bio: 'Head of IT and Digital. Moot is ours: tell me what would make it better.', askMeAbout: ['Moot', 'Digital strategy'], location: TOWN_HALL, pronouns: 'she/her', helps: ['Project management'] },
  'Marcus Bell': { bio: 'Identity and access. If single sign-on misbehaves, I am the one to ask.', askMeAbout: ['Single sign-on', 'Accounts and access'], location: HYBRID, helps: ['SAML single sign-on'] },
  'Zara Ali': { bio: 'User researcher. I would love to watch you use a council service.', askMeAbout: ['Usability testing', 'Digital inclusion'], location: HYBRID, pronouns: 'she/her', helps: ['User research'], learning: ['British Sign Language'] },
  'Ben Thompson': { bio: 'Service designer: journeys, blueprints and sticky notes.', askMeAbout: ['Service blueprints', 'Workshops'], location: TOWN_HALL, helps: ['Service design'] },
  'Olga Ivanova': { bio: 'Data protection officer. Ask early, not after you have sent the spreadsheet.', askMeAbout: ['GDPR', 'Data sharing'], location: TOWN_HALL, hidesLocation: true, learning: ['Plain English'], helps: ['Data protection'] },
  'Chris Doyle': { bio: 'Web developer. I fix the website and nag everyone about alt text.', askMeAbout: ['Alt text', 'Website'], location: HYBRID, pronouns: 'he/him', helps: ['Accessibility'] },
  'Yusuf Demir': { bio: 'Housing options officer; I also speak Turkish with residents who prefer it.', askMeAbout: ['Homelessness', 'Turkish speakers'], location: DEPOT, learning: ['Webchat moderation'], helps: ['Turkish'] },
  'Karen Lloyd': { bio: 'I work with tenants\' panels on everything from repairs to rent setting.', askMeAbout: ['Tenant panels', 'Estate walkabouts'], location: DEPOT, workingPattern: 'Mon–Fri, early starts', learning: ['Co-production'], helps: ['Tenant engagement'] },
  'Joseph Kamara': { bio: 'Neighbourhood officer: disputes, estates and community meetings.', askMeAbout: ['Neighbour disputes', 'Estate meetings'], location: DEPOT, helps: ['Mediation'] },
  'Sean Murphy': { bio: 'I run the contact centre and our webchat. Tone first, facts second.', askMeAbout: ['Webchat', 'Contact centre'], location: CIVIC_CENTRE, helps: ['Webchat moderation', 'Complaints handling'], learning: ['Accessibility'] },
  'Agnieszka Kowalska': { bio: 'Customer services adviser on phones and webchat; I also help Polish-speaking residents.', askMeAbout: ['Polish speakers', 'Webchat'], location: CIVIC_CENTRE, pronouns: 'she/her', helps: ['Polish'] },
  'Laura Jenkins': { bio: 'Customer insight: what residents contact us about, and why.', askMeAbout: ['Contact data', 'Customer journeys'], location: HYBRID, learning: ['GIS mapping'], helps: ['Evaluation'] },
  'Nathan Pryce': { bio: 'Apprentice in the comms team, learning everything at once.', askMeAbout: ['Instagram', 'Apprenticeships'], location: TOWN_HALL, pronouns: 'he/him', learning: ['Committee procedure', 'Press releases'] },
};

/** A few colleagues following each other, by name: follower first. */
export const DEMO_FOLLOWS: [string, string][] = [
  ['Nathan Pryce', 'Amara Okafor'],
  ['Nathan Pryce', 'Priya Shah'],
  ['Priya Shah', 'Sean Murphy'],
  ['Fatima Begum', 'Daniel Byrne'],
  ['James Whitaker', 'Fatima Begum'],
  ['Zara Ali', 'Aisha Rahman'],
  ['Eleanor Marsh', 'Daniel Byrne'],
  ['Hannah Price', 'Tom Hughes'],
  ['Rachel Green', 'Marcus Bell'],
];

const ENDORSERS_PER_SKILL = 2;
const MAX_ENDORSEMENTS = 60;

/**
 * Endorsements that ring true: a skill is endorsed by other people who list it themselves,
 * in a fixed order (so the seed is deterministic); everyone's first endorser before anyone's
 * second, up to 60. Never self.
 */
export function demoEndorsements(): { endorser: string; person: string; skill: string }[] {
  const nameOf = (person: (typeof DEMO_PEOPLE)[number]): string => `${person.given} ${person.family}`;
  const endorsements: { endorser: string; person: string; skill: string }[] = [];
  for (let round = 0; round < ENDORSERS_PER_SKILL; round++) {
    DEMO_PEOPLE.forEach((person, index) => {
      for (const skill of person.skills) {
        const peers = DEMO_PEOPLE.filter((other) => other !== person && other.skills.includes(skill));
        // Rotate by the person's position so the same peers do not endorse everyone.
        const peer = peers.length > round ? peers[(index + round) % peers.length] : undefined;
        if (peer) endorsements.push({ endorser: nameOf(peer), person: nameOf(person), skill });
      }
    });
  }
  return endorsements.slice(0, MAX_ENDORSEMENTS);
}
