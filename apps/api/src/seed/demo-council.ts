/**
 * A believable (fictional) council for first start: Northbridge Borough Council.
 * Emails use the reserved `.example` domain so nothing here can reach a real mailbox.
 */
export const DEMO_EMAIL_DOMAIN = 'northbridge.example';

export const DEMO_DEPARTMENTS = [
  'Communications',
  'Engagement and Consultation',
  'Democratic Services',
  'Planning',
  'Adult Social Care',
  'IT and Digital',
  'Housing',
  'Customer Services',
] as const;

export type DemoDepartment = (typeof DEMO_DEPARTMENTS)[number];

export interface DemoPerson {
  given: string;
  family: string;
  jobTitle: string;
  department: DemoDepartment;
  skills: string[];
  admin?: boolean;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { given: 'Amara', family: 'Okafor', jobTitle: 'Head of Communications', department: 'Communications', skills: ['Media relations', 'Crisis communications', 'Social media strategy'] },
  { given: 'Tom', family: 'Hughes', jobTitle: 'Digital Content Officer', department: 'Communications', skills: ['Social media strategy', 'Plain English', 'Video editing'] },
  { given: 'Priya', family: 'Shah', jobTitle: 'Communications Officer', department: 'Communications', skills: ['Press releases', 'Plain English', 'Webchat moderation'] },
  { given: 'Gareth', family: 'Evans', jobTitle: 'Internal Communications Lead', department: 'Communications', skills: ['Staff engagement', 'Newsletters', 'Plain English'] },
  { given: 'Sophie', family: 'Turner', jobTitle: 'Graphic Designer', department: 'Communications', skills: ['Graphic design', 'Accessibility', 'Infographics'] },
  { given: 'Daniel', family: 'Byrne', jobTitle: 'Head of Engagement and Consultation', department: 'Engagement and Consultation', skills: ['Consultation design', 'Facilitation', 'Stakeholder mapping'] },
  { given: 'Fatima', family: 'Begum', jobTitle: 'Consultation Officer', department: 'Engagement and Consultation', skills: ['Survey design', 'Consultation design', 'Data analysis'] },
  { given: 'Liam', family: 'Walsh', jobTitle: 'Community Engagement Officer', department: 'Engagement and Consultation', skills: ['Facilitation', 'Community outreach', 'Webchat moderation'] },
  { given: 'Hannah', family: 'Price', jobTitle: 'Engagement Officer', department: 'Engagement and Consultation', skills: ['Online engagement', 'Social media strategy', 'Youth engagement'] },
  { given: 'Kwame', family: 'Mensah', jobTitle: 'Research and Insight Analyst', department: 'Engagement and Consultation', skills: ['Data analysis', 'Survey design', 'Evaluation'] },
  { given: 'Eleanor', family: 'Marsh', jobTitle: 'Head of Democratic Services', department: 'Democratic Services', skills: ['Committee procedure', 'Constitution', 'Petitions scheme'] },
  { given: 'Rhys', family: 'Morgan', jobTitle: 'Democratic Services Officer', department: 'Democratic Services', skills: ['Committee procedure', 'Minute taking', 'Webcasting meetings'] },
  { given: 'Grace', family: 'Adeyemi', jobTitle: 'Scrutiny Officer', department: 'Democratic Services', skills: ['Scrutiny', 'Evidence gathering', 'Report writing'] },
  { given: 'Oliver', family: 'Clarke', jobTitle: 'Electoral Services Manager', department: 'Democratic Services', skills: ['Elections', 'Pre-election period', 'Project management'] },
  { given: 'Mei', family: 'Chen', jobTitle: 'Member Support Officer', department: 'Democratic Services', skills: ['Councillor casework', 'Petitions scheme', 'Plain English'] },
  { given: 'James', family: 'Whitaker', jobTitle: 'Planning Policy Manager', department: 'Planning', skills: ['Local Plan', 'Consultation design', 'GIS mapping'] },
  { given: 'Chloe', family: 'Fraser', jobTitle: 'Senior Planning Officer', department: 'Planning', skills: ['Development management', 'Report writing', 'Public meetings'] },
  { given: 'Arjun', family: 'Patel', jobTitle: 'Planning Officer', department: 'Planning', skills: ['GIS mapping', 'Planning appeals', 'Data analysis'] },
  { given: 'Niamh', family: "O'Connor", jobTitle: 'Conservation Officer', department: 'Planning', skills: ['Heritage', 'Public meetings', 'Photography'] },
  { given: 'Samuel', family: 'Reid', jobTitle: 'Principal Social Worker', department: 'Adult Social Care', skills: ['Safeguarding', 'Co-production', 'Mentoring'] },
  { given: 'Aisha', family: 'Rahman', jobTitle: 'Social Worker', department: 'Adult Social Care', skills: ['Safeguarding', 'Care Act assessments', 'British Sign Language'] },
  { given: 'Peter', family: 'Nowak', jobTitle: 'Occupational Therapist', department: 'Adult Social Care', skills: ['Assistive technology', 'Co-production', 'Accessibility'] },
  { given: 'Lucy', family: 'Bennett', jobTitle: 'Commissioning Manager', department: 'Adult Social Care', skills: ['Commissioning', 'Co-production', 'Project management'] },
  { given: 'Ibrahim', family: 'Hassan', jobTitle: 'Carers Support Coordinator', department: 'Adult Social Care', skills: ['Community outreach', 'Co-production', 'Facilitation'] },
  { given: 'Rachel', family: 'Green', jobTitle: 'Head of IT and Digital', department: 'IT and Digital', skills: ['Digital strategy', 'Identity and access', 'Project management'], admin: true },
  { given: 'Marcus', family: 'Bell', jobTitle: 'Identity and Access Engineer', department: 'IT and Digital', skills: ['Identity and access', 'SAML single sign-on', 'Scripting'], admin: true },
  { given: 'Zara', family: 'Ali', jobTitle: 'User Researcher', department: 'IT and Digital', skills: ['User research', 'Accessibility', 'Survey design'] },
  { given: 'Ben', family: 'Thompson', jobTitle: 'Service Designer', department: 'IT and Digital', skills: ['Service design', 'User research', 'Facilitation'] },
  { given: 'Olga', family: 'Ivanova', jobTitle: 'Data Protection Officer', department: 'IT and Digital', skills: ['Data protection', 'Subject access requests', 'Records management'] },
  { given: 'Chris', family: 'Doyle', jobTitle: 'Web Developer', department: 'IT and Digital', skills: ['Accessibility', 'Web development', 'Plain English'] },
  { given: 'Yusuf', family: 'Demir', jobTitle: 'Housing Options Officer', department: 'Housing', skills: ['Homelessness prevention', 'Customer care', 'Turkish'] },
  { given: 'Karen', family: 'Lloyd', jobTitle: 'Tenant Engagement Manager', department: 'Housing', skills: ['Tenant engagement', 'Facilitation', 'Community outreach'] },
  { given: 'Joseph', family: 'Kamara', jobTitle: 'Neighbourhood Officer', department: 'Housing', skills: ['Community outreach', 'Mediation', 'Public meetings'] },
  { given: 'Emily', family: 'Watson', jobTitle: 'Housing Strategy Officer', department: 'Housing', skills: ['Consultation design', 'Data analysis', 'Report writing'] },
  { given: 'Sean', family: 'Murphy', jobTitle: 'Customer Services Manager', department: 'Customer Services', skills: ['Customer care', 'Complaints handling', 'Webchat moderation'] },
  { given: 'Agnieszka', family: 'Kowalska', jobTitle: 'Customer Services Adviser', department: 'Customer Services', skills: ['Webchat moderation', 'Polish', 'Customer care'] },
  { given: 'David', family: 'Osei', jobTitle: 'Complaints Officer', department: 'Customer Services', skills: ['Complaints handling', 'Plain English', 'Mediation'] },
  { given: 'Laura', family: 'Jenkins', jobTitle: 'Customer Insight Analyst', department: 'Customer Services', skills: ['Data analysis', 'Evaluation', 'Customer care'] },
  { given: 'Harriet', family: 'Cole', jobTitle: 'Chief Executive’s Office Policy Officer', department: 'Democratic Services', skills: ['Policy', 'Report writing', 'Stakeholder mapping'] },
  { given: 'Nathan', family: 'Pryce', jobTitle: 'Apprentice Communications Assistant', department: 'Communications', skills: ['Social media strategy', 'Photography'] },
];

export interface DemoGroup {
  slug: string;
  name: string;
  visibility: 'open' | 'closed' | 'secret';
  description: string;
  owner: string;
  members: string[];
  posts: { author: string; body: string }[];
}

/** People are referred to by "Given Family". */
export const DEMO_GROUPS: DemoGroup[] = [
  {
    slug: 'comms-engagement-democracy',
    name: 'Comms, engagement and democracy working group',
    visibility: 'closed',
    description: 'Where Communications, Engagement and Consultation and Democratic Services plan together, so that what people tell us reaches the decisions that affect them.',
    owner: 'Daniel Byrne',
    members: ['Amara Okafor', 'Eleanor Marsh', 'Priya Shah', 'Fatima Begum', 'Rhys Morgan', 'Grace Adeyemi', 'Harriet Cole'],
    posts: [
      { author: 'Daniel Byrne', body: 'Welcome, everyone. Our first job: agree how we **close the loop** on consultations, so respondents hear what happened to their views. Ideas below please.' },
      { author: 'Eleanor Marsh', body: 'From our side: every consultation that feeds a committee report should name the meeting date up front. People can then follow it through.' },
      { author: 'Amara Okafor', body: 'We can publish a short "You said, we did" after each decision. Happy to draft a template if Engagement shares the summary format.' },
    ],
  },
  {
    slug: 'consultation-practice-circle',
    name: 'Consultation practice circle',
    visibility: 'open',
    description: 'A monthly circle for anyone who runs or supports consultations: share what worked, what did not, and rehearse tricky questions before going public.',
    owner: 'Fatima Begum',
    members: ['Kwame Mensah', 'James Whitaker', 'Emily Watson', 'Karen Lloyd', 'Hannah Price', 'Zara Ali', 'Lucy Bennett'],
    posts: [
      { author: 'Fatima Begum', body: 'This month: leading questions. Post one question from a past survey you would now word differently, and why.' },
      { author: 'James Whitaker', body: 'Local Plan survey, 2023: "Do you agree we need more homes?" We got agreement, and no useful detail. Next time we ask *where* and *what kind*.' },
    ],
  },
  {
    slug: 'webchat-rehearsal',
    name: 'Webchat rehearsal group',
    visibility: 'open',
    description: 'Practise answering the public live, among colleagues first. We take turns playing residents with hard questions.',
    owner: 'Priya Shah',
    members: ['Liam Walsh', 'Sean Murphy', 'Agnieszka Kowalska', 'Tom Hughes', 'Hannah Price', 'Nathan Pryce'],
    posts: [
      { author: 'Priya Shah', body: 'Rehearsal on Thursday at 2pm: the bin collection changes. Liam and Sean will play residents. Everyone else, answer in plain English within two minutes.' },
      { author: 'Sean Murphy', body: 'Tip from the contact centre: acknowledge the frustration first, then the facts. People read tone before detail.' },
    ],
  },
  {
    slug: 'digital-inclusion-champions',
    name: 'Digital inclusion champions',
    visibility: 'open',
    description: 'Staff from every department who help residents and colleagues get online, and make sure our services work for everyone.',
    owner: 'Zara Ali',
    members: ['Chris Doyle', 'Peter Nowak', 'Ibrahim Hassan', 'Aisha Rahman', 'Joseph Kamara'],
    posts: [
      { author: 'Chris Doyle', body: 'Reminder: every image we post needs alt text that says what the picture is *for*, not just what is in it.' },
      { author: 'Aisha Rahman', body: 'Could we add BSL video summaries to the big consultations? I can help test them with the Deaf community group.' },
    ],
  },
  {
    slug: 'elections-2027-planning',
    name: 'Elections 2027 planning',
    visibility: 'secret',
    description: 'Planning for the May 2027 borough elections, including the pre-election period guidance for all staff.',
    owner: 'Oliver Clarke',
    members: ['Eleanor Marsh', 'Amara Okafor', 'Marcus Bell'],
    posts: [
      { author: 'Oliver Clarke', body: 'Draft pre-election period guidance is ready for comment. Please keep this group private until the guidance is agreed.' },
    ],
  },
];
