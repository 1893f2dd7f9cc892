/**
 * The recommender's formula as data: the goal weights, the share of points
 * each purpose score earns, and one row per adjustment. `recommend()` reads
 * its numbers from here and the methodology page renders these same tables,
 * so the published formula is the one that runs.
 */
import {
  DISTANCE_FIELDS,
  FIELDS,
  FIELD_WITHIN,
  type Field,
  type Purpose,
  type ReachBand,
  type Score,
} from '#src/catalogue/taxonomy.ts';

/** Relative weight of the first, second and third goal. */
export const GOAL_WEIGHTS = [3, 2, 1] as const;

/** Points all goals together are worth for a site that is core (3) on every one of them. */
export const GOAL_POINTS = 60;

/** Percentage of a goal's points each purpose score earns (index = score 0–3). */
export const SCORE_SHARES: readonly [number, number, number, number] = [0, 20, 60, 100];

/**
 * Points a site earns for one goal: the goal's share of {@link GOAL_POINTS}
 * by weight, times the share for the site's score, rounded to a whole number.
 * Integer arithmetic until the one rounding, so the table has no float noise.
 */
export function goalPoints(goalCount: number, position: number, score: Score): number {
  const weights = GOAL_WEIGHTS.slice(0, goalCount);
  const total = weights.reduce((a, b) => a + b, 0);
  const weight = weights[position];
  if (weight === undefined) throw new RangeError(`No goal at position ${position} of ${goalCount}`);
  return Math.round((GOAL_POINTS * weight * SCORE_SHARES[score]) / (total * 100));
}

/**
 * The one case where a goal earns more than its score's share: editors score a site's hiring for everyone, and a job
 * board built for one field serves only that field's jobs, so it may be only good (2) for hiring in general. For
 * someone seeking a job (or staff) in that field, its listings are the field's own jobs: it is a core place for them.
 * `recommend()` gives it core's points for the hiring goal, and the methodology page prints this sentence.
 */
export const FIELD_JOB_BOARD_RULE =
  'One exception: when you name a field and your hiring goal is a job or staff to employ (not clients), a site built for that field with job listings, made for people like you (or everyone) and good (2) for jobs and hiring, earns the points of core (3) for that goal. Editors score hiring for everyone, and a job board for one field carries only that field’s jobs; for you they are the jobs you want, so it counts as a core place for them (its reason says “counted as core”).';

/**
 * The one case where a goal earns less than its score's share: editors score a site's hiring for everyone, and a
 * marketplace where clients buy work delivered at a distance (it has client work, but is of no more than incidental use
 * for meeting people nearby and holds no meetings) may be core (3) for hiring in general. For clients of work done in person, in a field
 * whose work is (trades, beauty, fitness and wellness, events and weddings), its clients are not theirs: `recommend()`
 * gives it incidental's points for the hiring goal, and, for someone selling such work, a site good for promotion good's
 * points for it (their clients find them where they promote themselves); the methodology page prints this sentence.
 */
export const IN_PERSON_CLIENT_WORK_RULE =
  'Another exception, the other way: when your hiring goal is clients and you name a field whose work is done in person, on the client or at their home or event (trades, beauty and personal care, fitness and wellness, events and weddings), a site whose client work has nothing local about it (it is of no more than incidental use for meeting people nearby and holds no meetings: a marketplace where clients buy a logo, an article or code delivered at a distance; a marketplace where clients book someone nearby is good (2) for meeting people nearby) earns the points of incidental (1) for that goal, whatever its score for hiring. Editors score hiring for everyone; the clients who come to such a site do not book a trainer, a plumber or a make-up artist there, so for you it is of incidental use (its reason says “counted as incidental”). Sites whose client work is local, and those built for your field, keep their points. And when you say you are a freelancer or a business selling such work, your clients find you where you promote yourself (a trainer’s or a make-up artist’s on Instagram or Facebook): a site good (2) or core (3) for promotion earns the points of good (2) for your hiring goal when its own hiring earns less (its reason says “counted as good”).';

/** "software and it, design and creative, …": the {@link DISTANCE_FIELDS} as the methodology page names them. */
function distanceFieldsText(): string {
  return [...DISTANCE_FIELDS].map((f) => FIELDS.get(f)!.label.toLowerCase()).join(', ');
}

/**
 * A third exception: a site whose business listings, per a cited source, are only for businesses that meet customers in
 * person (`inPersonBusinessesOnly`: Google Business Profile's profiles on Maps) may be core (3) for promotion, scored for
 * the businesses that may list. A visitor who said they work online may not list there, nor, unless they said they meet
 * in person, one whose field's work is handed over at a distance ({@link DISTANCE_FIELDS}: code, a design, a
 * translation): `recommend()` gives it at most incidental's points for the promotion goal, and the methodology page
 * prints this sentence.
 */
export const IN_PERSON_BUSINESSES_RULE =
  'A third exception: some sites list only businesses that meet their customers in person, at a place customers visit or at the customers’ address within a service area (a cited source on the site’s page states the rule: a map listing, a restaurant review page). Editors score their promotion for the businesses that may list. When you say you prefer online (online only), a business like yours cannot list there, so such a site earns at most the points of incidental (1) for promotion, whatever its score (its reason says “counted as incidental: its listings are for businesses customers visit or that serve an area”). Written in your own words, only how you work or meet counts: “get customers online”, “our online presence” or “people order online” say where you want to be found, not that you work online. The same holds when you name a field whose work is handed over at a distance, as files or text (' +
  distanceFieldsText() +
  '): such a business has no place customers visit and serves no area, unless you say you meet in person. Otherwise, when you say nothing about online or in person, it keeps its score.';

/** Rows = goal positions (first, second, …), columns = scores 0–3: the points table for `goalCount` goals. */
export function goalPointsTable(goalCount: number): number[][] {
  return Array.from({ length: goalCount }, (_, position) =>
    ([0, 1, 2, 3] as const).map((score) => goalPoints(goalCount, position, score)),
  );
}

/**
 * The field points of a network built for the visitor's field whose only goals it serves are met outside the field
 * (`fieldMatchOutward`), and of a general platform whose billion users hold the field's customers when promotion is a
 * goal (`fieldCrowd`): the same points, so audience size orders the two.
 */
const OUTWARD_FIELD_POINTS = 20;

/**
 * The field points of a network built for the wider field the visitor's is part of ({@link FIELD_WITHIN}: healthcare,
 * for a nurse): its people include the visitor's field's, as a general platform's large groups do, so the points of
 * those groups (`fieldGroups`). Not more: a healthcare-wide network is no nearer to a nurse's own peers than the
 * nurses' groups on a platform of billions, and the probe sets' nurses, midwives and pharmacists grade it below them.
 */
const BROADER_FIELD_POINTS = 5;

/**
 * The field points of a network built for a part of the visitor's field (dentistry, for someone in healthcare): they
 * may work in that part or, far more often, in another, so no points either way, not another profession's loss.
 */
const NARROWER_FIELD_POINTS = 0;

/** The audience band from which a general platform core for promotion reaches a field's customers (`fieldCrowd`): over a billion. */
export const CROWD_REACH: ReachBand = '1b';

/** One adjustment: the question it comes from, when it applies, and its points. */
export interface Adjustment {
  question:
    | 'Who you are'
    | 'Contacts'
    | 'Hiring'
    | 'Field'
    | 'People nearby'
    | 'Friends'
    | 'Time'
    | 'Budget'
    | 'Country'
    | 'In person'
    | 'Status';
  when: string;
  /** Its points, or for a row whose points depend on the goal's place ({@link pointsText}), the most it can earn. */
  points: number;
  /** How the methodology page states points that depend on the goal's place, instead of one number. */
  pointsText?: string;
}

/**
 * What core (3) earns for a goal beyond good (2), at every goal's place of every number of goals. A site good for
 * meeting people nearby whose large groups hold the people you want earns this difference at the goal's place
 * (`nearbyGroups`); the methodology page gives its range.
 */
const CORE_OVER_GOOD = GOAL_WEIGHTS.flatMap((_, n) =>
  GOAL_WEIGHTS.slice(0, n + 1).map((_, position) => goalPoints(n + 1, position, 3) - goalPoints(n + 1, position, 2)),
);
const MOST_CORE_OVER_GOOD = Math.max(...CORE_OVER_GOOD);

/**
 * Every adjustment after the goals. Each site gets at most one row per
 * question; a question left unanswered adds nothing.
 */
export const ADJUSTMENTS = {
  audienceMatch: {
    question: 'Who you are',
    when: 'The site lists your audience among the people it serves',
    points: 10,
  },
  audienceOtherProfessionals: {
    question: 'Who you are',
    when: 'You are a professional and the site, built around particular professions, lists professionals: they are its own field’s, so it counts as made for you only when you name that field (every profession’s network is made for professionals, and saying you are one does not say which)',
    points: 0,
  },
  audienceEveryone: {
    question: 'Who you are',
    when: 'The site does not list your audience, but serves everyone',
    points: 0,
  },
  audienceFieldProfessionals: {
    question: 'Who you are',
    when: 'You are a qualified practitioner running a small business in the field you named (a practice), and the site, built for that field, serves its professionals: you are one of them',
    points: 0,
  },
  audienceOther: {
    question: 'Who you are',
    when: 'The site serves other audiences, not yours and not everyone (say, founders when you are a professional)',
    points: -10,
  },
  hiringClientWorkOnly: {
    question: 'Hiring',
    when: 'Your hiring goal is a job or staff to employ (you said so, you are a professional or a business, or you said neither: the usual sense), the site serves hiring (1–3), and its hiring is only clients hiring a professional for a project (it has the client-work feature, not job listings). For the field’s points and order its hiring then counts as incidental (1): a field’s freelance marketplace is not where its people find a job',
    points: -20,
  },
  hiringJobsOnly: {
    question: 'Hiring',
    when: 'Your hiring goal is clients, or a professional for a project (you said so, or you are a freelancer or one of the public), the site serves hiring (1–3), and its hiring is only job listings (it has the jobs feature, not client work). For the field’s points and order its hiring then counts as incidental (1)',
    points: -20,
  },
  hiringCoFoundersOnly: {
    question: 'Hiring',
    when: 'You have a hiring goal and did not say you are a startup founder, the site serves hiring (1–3), and its hiring is only founders finding co-founders (it has co-founder matching, not job listings or client work); for the field’s points and order its hiring counts as incidental (1)',
    points: -20,
  },
  contactsCoFoundersOnly: {
    question: 'Contacts',
    when: 'Professional contacts is one of your goals and you did not say you are a startup founder (wanting a co-founder says so), the site serves contacts (1–3), and it is made only for startup founders and has co-founder matching: the contacts it makes are founders finding co-founders. For the field’s points and order its contacts then count as incidental (1)',
    points: -20,
  },
  fieldMatch: {
    question: 'Field',
    when: 'The site is built for your profession or industry (an editor wrote why) and is good (2–3) for your first goal',
    points: 30,
  },
  fieldMatchOutward: {
    question: 'Field',
    when: 'The site is built for your profession or industry and is good (2–3) for your first goal, but of your goals it serves only promotion, hiring or investors (and meeting people nearby when one of those is your first goal: the people nearby you want are then customers, employers or investors too): it reaches your field’s own people, only part of those you want to reach',
    points: OUTWARD_FIELD_POINTS,
  },
  fieldCrowd: {
    question: 'Field',
    when: 'Promotion is one of your goals, and the site is a general platform (built around no profession) core (3) for promotion and good (2–3) for your first goal, made for who you said you are (if you did not say, any such platform: its customers are there whoever you are), with a sourced audience of over a billion: the customers your field’s own networks reach (listeners, readers, buyers) are among so many people too, so it earns the points a field’s network earns when it serves only promotion (above), in place of a groups bonus. With promotion first the two come out equal on the field, and the larger audience goes first',
    points: OUTWARD_FIELD_POINTS,
  },
  fieldMatchLater: {
    question: 'Field',
    when: 'The site is built for your profession or industry and is good (2–3) only for a later goal',
    points: 15,
  },
  fieldMatchOtherAudience: {
    question: 'Field',
    when: 'The site is built for your profession or industry, but for other people in it (agents, when you invest in property): not put first',
    points: 5,
  },
  fieldMatchWeak: {
    question: 'Field',
    when: 'The site is built for your profession or industry but is good for none of your goals',
    points: 5,
  },
  fieldNarrower: {
    question: 'Field',
    when: 'The site is built for a field that is part of yours (dentistry, when you name healthcare), is made for people like you (or everyone) and is good (2–3) for your first goal: you may work in that part, but more likely in another, so it neither earns nor loses points for its field (not the loss of another profession’s network), and comes after the general platforms, ahead of other professions’ networks',
    points: NARROWER_FIELD_POINTS,
  },
  fieldBroader: {
    question: 'Field',
    when: 'The site is built for the wider field yours is part of (healthcare, when you name nursing), is made for people like you (or everyone) and is good (2–3) for your first goal: your field’s people are among its people, as they are in a general platform’s large groups, so it earns what those groups earn (below), and ranks with the general platforms on its score',
    points: BROADER_FIELD_POINTS,
  },
  fieldKinWeak: {
    question: 'Field',
    when: 'The site is built for a field part of yours, or the wider field yours is part of, but is not good for your first goal or is made for other people: no points, and not the loss of another profession’s network',
    points: 0,
  },
  fieldGroups: {
    question: 'Field',
    when: 'The site is a general platform (built around no profession, though it may be strong for some) with groups and a sourced audience of a million or more, and one of your goals is met among peers (contacts, ideas, referrals, people nearby, friends): your field likely has groups there',
    points: 5,
  },
  fieldGroupsSmall: {
    question: 'Field',
    when: 'The site is a general platform with groups, but its audience is smaller than a million or not sourced: no reason to expect groups for your field there, so no bonus',
    points: 0,
  },
  fieldGroupsOutward: {
    question: 'Field',
    when: 'The site is a general platform with groups, but every goal you chose is met outside your field (promotion, hiring, investors): its groups for your field hold the field’s own people, not the customers, employers or investors you want, so no bonus',
    points: 0,
  },
  fieldOther: {
    question: 'Field',
    when: 'The site is built for other professions, not yours, and is not open to everyone',
    points: -40,
  },
  fieldOtherOpen: {
    question: 'Field',
    when: 'The site is built around other professions or pastimes, not yours, but open to everyone (it serves the general public)',
    points: -10,
  },
  fieldOtherOpenHiring: {
    question: 'Field',
    when: 'The site is built around other professions or pastimes, not yours, and open to everyone, and you have a hiring goal: its jobs and clients are those fields’ (a nonprofit job board for a nurse, a wedding marketplace for a photographer hiring a model), so it loses more than without a hiring goal, by what a site whose hiring is only the other market loses, and comes after the sites merely good for hiring',
    points: -30,
  },
  specialistNoField: {
    question: 'Field',
    when: 'You gave no field and the site is built around particular professions or pastimes, but open to everyone (a general platform merely strong for some fields, as a photo app is for photographers, loses nothing); with hiring as your first goal it also comes after the sites built for no particular field (see the order below)',
    points: -5,
  },
  specialistOnlyNoField: {
    question: 'Field',
    when: 'You gave no field and the site is built only for particular professions: a network for nurses is for nurses, so it loses points until you name its field (and may come after the open sites: see the filters and order below)',
    points: -10,
  },
  nearbyGroups: {
    question: 'People nearby',
    when: 'Meeting people nearby is one of your goals, and the site is good (2) for it, with groups and a sourced audience of a million or more: so many people use its groups that your area likely has groups of its own there, as a field does on a general platform (above), so it counts as core (3) for that goal and earns what core would beyond good at the goal’s place (the goals table above). Its groups hold the people it serves, so it must be open to everyone, or made for who you said you are when your first goal is met among peers (a small businesses’ network holds no diners for a restaurant). A site core (3) for meeting people nearby already earns the goal’s full points and gets nothing more: the two come out equal in score, and where scores are equal the site core for meeting people nearby goes first, as the tie-break’s goal fit counts the groups site as good (2) for it (see the order below)',
    points: MOST_CORE_OVER_GOOD,
    pointsText: `core’s points less good’s for the goal: +${Math.min(...CORE_OVER_GOOD)} to +${MOST_CORE_OVER_GOOD}`,
  },
  newFriends: {
    question: 'Friends',
    when: 'Friends is one of your goals and meeting people nearby is not, and the site is good (2–3) for friends and a place where people who do not know each other yet meet: core (3) for meeting people nearby, or good (2) for it with events or in-person meetings. Friends you already have tell you where to find them; what a directory can show you is where to make new ones, so a site made for meeting new people goes ahead of one equally good for keeping up with people you know (a messenger). With meeting people nearby as a goal, that goal already pays for it',
    points: 5,
  },
  timeFits: { question: 'Time', when: 'The site’s time cost is within the time you have', points: 10 },
  timeOneStepOver: {
    question: 'Time',
    when: 'The site needs one step more time than you have (moderate for under an hour a week, heavy for a few hours)',
    points: -10,
  },
  timeTwoStepsOver: {
    question: 'Time',
    when: 'The site’s time cost is heavy and you have under an hour a week',
    points: -25,
  },
  budgetFits: {
    question: 'Budget',
    when: 'You can use the site within your budget (free and freemium sites fit every budget)',
    points: 5,
  },
  paidOnFree: { question: 'Budget', when: 'The site needs a paid plan and you want to pay nothing', points: -15 },
  duesOnFree: { question: 'Budget', when: 'The site charges membership dues and you want to pay nothing', points: -30 },
  duesOnSome: {
    question: 'Budget',
    when: 'The site charges membership dues and your budget covers paid plans, not dues',
    points: -10,
  },
  countryNational: {
    question: 'Country',
    when: 'The site is a national or regional network made for your country (it lists at most 10 countries) and is built for the field you named (for people like you, not other people in it) or good (2–3) for one of your goals; for peers in a field you named, only being built for that field counts',
    points: 5,
  },
  countryNationalOther: {
    question: 'Country',
    when: 'The site is a national or regional network that lists your country, but is good for none of your goals or, for peers in a field you named, is not built for that field or is built for other people in it (agents, when you invest in property): no bonus',
    points: 0,
  },
  littleUsed: {
    question: 'Country',
    when: 'The site is open worldwide, but a cited source says few people in your country use it (a local network holds that market); it also comes after every site used there',
    points: -10,
  },
  notWorldwide: {
    question: 'Country',
    when: 'You network worldwide (or gave no country) and the site is used only in some countries',
    points: -10,
  },
  meetsInPerson: {
    question: 'In person',
    when: 'You want to meet in person and the site holds regular in-person meetings',
    points: 10,
  },
  meetsAtEvents: {
    question: 'In person',
    when: 'You want to meet in person, friends is one of your goals, and the site is good for meeting people nearby (local 2–3) and lists events, without regular meetings of its own: its events are where people who do not know each other yet meet in person, as they do at a club’s meetings. For business goals only regular meetings count this much: a referral club’s trust comes from meeting the same people week after week',
    points: 10,
  },
  meetsNearby: {
    question: 'In person',
    when: 'You want to meet in person and the site is good for meeting people nearby (local 2–3), without regular meetings',
    points: 5,
  },
  onlineOnly: { question: 'In person', when: 'You want to meet in person and the site does neither', points: -10 },
  worksOnline: {
    question: 'In person',
    when: 'You prefer online and the site works without in-person meetings',
    points: 10,
  },
  meetingsRequired: {
    question: 'In person',
    when: 'You prefer online and the site is built around in-person meetings',
    points: -15,
  },
  declining: { question: 'Status', when: 'The site is declining: losing users or features', points: -5 },
} as const satisfies Record<string, Adjustment>;

export type AdjustmentId = keyof typeof ADJUSTMENTS;

/** The smallest audience band that makes a general platform's groups "large": a million or more. */
export const LARGE_REACH: ReachBand = '1m';

/**
 * Goals whose other side is mostly outside your field: customers to promote
 * to, employers or candidates, investors. For these a field's own networks
 * earn their field points but are not put ahead of sites that serve the goal
 * better; for every other goal (ideas, contacts and referrals between peers,
 * people nearby, friends who share the field) they come first.
 */
export const OUTWARD_GOALS: ReadonlySet<Purpose> = new Set(['promotion', 'hiring', 'investors']);

/** Lowest and highest possible score; a clamp term brings the sum back into range. */
export const SCORE_RANGE = { min: 0, max: 100 } as const;

/** "dentistry, doctors and medicine, nursing and pharmacy within healthcare": {@link FIELD_WITHIN} in words. */
function kinFieldsText(): string {
  const label = (f: Field) => FIELDS.get(f)!.label.toLowerCase();
  const byWider = new Map<Field, Field[]>();
  for (const [narrow, wider] of Object.entries(FIELD_WITHIN) as [Field, Field][])
    byWider.set(wider, [...(byWider.get(wider) ?? []), narrow]);
  const list = (words: string[]) =>
    words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
  return [...byWider].map(([wider, parts]) => `${list(parts.map(label))} within ${label(wider)}`).join('; ');
}

/**
 * Rules that are not points: filters and order. A site that is not available
 * in the country you name is left out, one little used there comes after every
 * site used there; with no country (or "worldwide"), sites
 * used in only some countries come after every worldwide site; ties break by
 * fit to your goals, then to the way of meeting you asked for, then by audience size (reach band, a sourced one before an unknown one), never by name.
 */
export const ORDER_RULES: readonly string[] = [
  'Closed sites are never recommended.',
  'A site that admits only one group of people (women, men, people aged 18 to 40, mothers, fathers, as a cited source states) comes after every site open to everyone, with a note saying who it is for, unless you say you belong to that group. It is not left out: you may belong without saying so. A site made for a group that welcomes others too (a fathers’ network, as a cited source states) is placed the same way, and its note says it is made for them and others are welcome. Saying you are a mother or a father also says you are a woman or a man.',
  'A network that admits only one role in its field (its qualified practitioners, or their support staff, as a cited source states: VIN for veterinarians, VSPN for their technicians and nurses) comes after every site open to you when you say you hold the other role, with a note and a warning. Saying nothing of your role ranks it as usual, since you may hold either.',
  'Name a country and sites not available there are left out. A worldwide site that a cited source says few people in that country use comes after every site used there, with the source in its reasons and a note: it is open to you, but few of the people you want to meet are on it.',
  'Name no country (or worldwide) and sites used only in some countries come after every worldwide site; the purpose, field and catalogue lists put them after the worldwide ones with the same score.',
  'Name no field and, when your first goal is met among peers (ideas, contacts, referrals, people nearby, friends), networks built only for some professions come after the sites open to everyone, unless made for who you said you are (a business owners’ peer group when you run a small business; being a professional is not enough, as every profession’s network is made for professionals). When your first goal is hiring, every network built around some professions comes after the sites built for no particular field, whoever you are and even when anyone may join, as its jobs and clients are those professions’ (a designers’ marketplace is not where a translator finds clients, nor is a tour guides’ marketplace, whose public are the travellers who book them). Name their field and they rank with it.',
  'Name a field and networks built only for other professions come last. A network built for a part of your field (dentistry, when you name healthcare) or for the wider field yours is part of (healthcare, when you name nursing) is not another profession’s: the wider field’s network ranks with the general platforms on its score, and a part’s comes after them, ahead of other professions’ networks, as you more likely work in another part. Only fields plainly part of another by their own descriptions count (' +
    kinFieldsText() +
    '). When your first goal is met among peers, your field’s networks that are good (2–3) for that goal, or core (3) for another of your goals and of some use (1) for the first, and made for people like you (or everyone), come first; then general platforms and the field’s other networks (for ideas with peers, platforms with groups before those without); then networks built around other professions or pastimes even when anyone may join (a food lovers’ forum is not where nurses swap ideas). When your first goal is promotion, hiring or investors, the people you want are mostly outside your field: its networks are not put first, other open networks compete on their score (with a hiring goal, one built around other fields loses more points, as its jobs and clients are theirs), and those good only for such goals (and for meeting people nearby, who are then customers, employers or investors too) earn the smaller outward field points.',
  'When you want to meet people nearby in person (meeting people nearby is one of your goals and you chose in person), your field’s networks that are online only (of no use for meeting people nearby and holding no meetings: a game’s streaming site or virtual tabletop, for players who want a table in their town) are not put first: they rank with the general platforms, on their score, so a site where people meet nearby may come before them. A field’s network of even incidental use for meeting people nearby (local groups that meet now and then) still comes first.',
  'Equal scores are ordered with sites that are not declining first, then by fit to your goals (goal points), then to the way of meeting you asked for (a club that meets, or for friends a site with events where people meet, before a site merely good for meeting people nearby), then by audience size (reach band; a sourced size before an unknown one, as only what a source says breaks a tie), and shown as equal when all are the same.',
  'A declining site is never first, and says so.',
];
