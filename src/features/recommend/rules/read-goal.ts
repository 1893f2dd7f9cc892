/**
 * The free-text reader: turns what a visitor types ("I'm a nurse in Porto and
 * want to swap ideas with other nurses") into quiz answers, and says which
 * words gave each answer, so the results page can show "We read this as: …".
 * Deterministic and offline: phrase lists over the taxonomy's labels and
 * synonyms (src/catalogue/lexicon.ts), longest phrase first, no model. When it
 * finds no goal it says so instead of guessing.
 */
import { type NOT_COVERED_WORDS, CITY_PHRASES, DEMONYM_WORDS } from '#src/catalogue/lexicon.ts';
import {
  BUSINESS_PURPOSES,
  DISTANCE_FIELDS,
  type Audience,
  type EligibilityGroup,
  type Field,
  type Purpose,
  type Role,
} from '#src/catalogue/taxonomy.ts';
import { MAX_GOALS, type Answers, type Budget, type InPersonPreference, type TimeBudget } from './answers.ts';
import { sitesNamedIn, type SiteNames } from './named-sites.ts';
import { asksForClientWork, readWork } from './read-work.ts';
import { readRole } from './read-role.ts';
import { ownRoleAt } from './read-own-role.ts';
import { apprenticeNotSoughtAt } from './read-apprentices.ts';
import { PORTFOLIOS, fieldHeadedForAt, jobLossIn, jobSearchAt } from './read-job-search.ts';
import { careerDoingAt, pastTradeAt } from './read-past-trade.ts';
import { fieldPeopleMetAt } from './read-field-people.ts';
import { othersWorkAt } from './read-others-work.ts';
import { countryOfScript } from './read-language.ts';
import type { WorkMarket } from './hiring-market.ts';
import { phraseAt, setBefore, wordsNextTo } from './read-clause-walk.ts';
import {
  LIKE_ME,
  MEETING_WORDS,
  OWN_TRADE,
  QUERY_LENGTH,
  SEEK_WORDS,
  SOMEONE,
  WISHING,
  WISH_REACH,
} from './read-shared-words.ts';
import { CAPITALS_ONLY, type Entry, LONGEST, PHRASES } from './read-phrases.ts';
import { type FoldedWord, foldedWordsOf, inOwnWords, tokenize } from './read-tokens.ts';
import { STATING, negatedAt, negatorBefore, payRefusedAt, seekNegatedAt } from './read-negation.ts';
import { readGroups, selfMarkerBefore } from './read-groups.ts';
import {
  CREATOR_FIELDS,
  FIELD_PHRASE_GOALS,
  HIRERS_FIELDS,
  HIRING_TRADES,
  HIRING_TRADE_FIELD,
  RUN_INTO,
  SCHOOL_WORDS,
  SENIORITY_WORDS,
  SPOUSES,
  STAGE_FIELDS,
  TALK_PLACES,
  TRADE_GAP,
  TRADING_FIELDS,
  employerFieldAt,
  ownArtAt,
  sectorAt,
  tradeAt,
  unitAfterNumberAt,
  ventureStartedAt,
  wantedSectorAt,
} from './read-field.ts';
import {
  ATTENDED,
  CAREER_HELD,
  CAREER_MOVES,
  COLLEAGUES,
  CURRENT_JOB,
  JOBS,
  JOB_ARTICLES,
  JOB_HELD,
  JOB_OR_I_WORK,
  JOB_STEPS,
  KNOWING,
  LEAVING_JOB,
  PAST_WORK,
  POLISH_WORK,
  WORK_AUDIENCES,
  WORK_WORDS,
  colleaguesMissedAt,
  employerBefore,
  hirersSoughtAt,
  iWorkAt,
  isClientWord,
  jobIntoAt,
  kindOfWorkSoughtAt,
  movedForAt,
  pastWorkAt,
  polishWorkSoughtAt,
  workAfter,
  workplaceAt,
} from './read-jobs.ts';
import {
  ABROAD,
  AWAY,
  FROM,
  LANGUAGE_AFTER,
  LANGUAGE_BEFORE,
  LANGUAGE_NAME,
  LEAVING_FOR,
  homecomingAt,
  leftForHome,
  moveAt,
  moveLaterAt,
  nameWritten,
  placeGoneTo,
  placeMovedTo,
  smallLettersOnly,
  styleAt,
  townAt,
  usStateAt,
} from './read-places.ts';
import {
  ASKING_FOR,
  BUT_WORDS,
  CUSTOMER_NOUNS,
  CUSTOMER_ONE,
  CUSTOMER_WORK,
  EMPLOYER_AUDIENCES,
  EMPLOYING_WORDS,
  FAMILY_KIND_OF_WORK,
  HIRE_VERBS,
  MONEY_FOR_WORK,
  NEARNESS,
  NEW_PEOPLE,
  RESIDENCE_NOUNS,
  RESIDENCE_STATUS_WORDS,
  STAFF_DOING,
  STAFF_WORDS,
  STATUS_HELD_BEFORE,
  collaboratorSoughtAt,
  employerAt,
  forStaffAt,
  hiredAt,
  jobPostedAt,
  negatedSoughtAt,
  personHiredAt,
  personSoughtFrom,
  proHiredIn,
  proSoughtAt,
  professionTakenOnAt,
  runsWhatFollows,
} from './read-hiring.ts';
import {
  INVESTOR_PEOPLE,
  MEET_PEOPLE,
  WORK_GOALS,
  meetingBefore,
  peerMarkerBefore,
  peerStaffAt,
  peersAt,
  talkTopicAt,
  tiesToGoalAt,
  networkingForGoalAt,
} from './read-peers.ts';
import {
  DOING_VERBS,
  FRIENDSHIP_GOALS,
  PEOPLE_GOALS,
  RETIRED,
  companyAt,
  friendToldOfAt,
  friendsAsAudienceAt,
  friendshipAt,
  sportGroupIn,
} from './read-friends.ts';
import {
  FIRST_PERSON,
  askedOfReaders,
  attendedBefore,
  baseForms,
  oneOfAt,
  othersWantAt,
  saidOfOthers,
  strandedWithAt,
  tradeSeekingAt,
  wantedPeopleWord,
} from './read-whose-wish.ts';
import {
  REFERRED_FIELDS,
  appMadeAt,
  foundAt,
  fundedAt,
  isCustomerWord,
  outletGrownAt,
  productUsersAt,
  raisesNoFunds,
  referringIn,
  seenAt,
} from './read-promotion.ts';
import {
  PEOPLE_HAD,
  PREMISES,
  RELATIVE_OPENERS,
  SPENDING_TIME,
  comesFromAt,
  countedAt,
  friendsSeenAt,
  fundersAt,
  hadByAt,
  heldAt,
  ownBusinessAt,
  ownedPracticeIn,
  smallStaffAt,
  timeSpentOnAt,
  tradePeopleBefore,
} from './read-had.ts';
import {
  OPPOSITE_WAY,
  REMOTE,
  alsoFineAt,
  foundOnlineAt,
  nearbyOrOnline,
  notSuitedAfter,
  scheduledMeetingIn,
  socialMediaSaidAt,
  wayOfMeeting,
} from './read-meeting-way.ts';
import { cuedFirst, networkingBeforePeers, peersBeforeConnecting } from './read-goal-order.ts';

export type { NamedSite, SiteNames } from './named-sites.ts';

/** One answer and the words it was read from. */
export interface Reading<T> {
  value: T;
  words: string;
}

/** Everything the reader understood, each part with its words. */
export interface Understood {
  /** In the order the text names them: the first is the most important. */
  goals: Reading<Purpose>[];
  audience?: Reading<Audience>;
  field?: Reading<Field>;
  country?: Reading<string>;
  inPerson?: Reading<InPersonPreference>;
  budget?: Reading<Budget>;
  time?: Reading<TimeBudget>;
  /** With a hiring goal, which market the words say: a job or staff, or clients or a pro for a project. */
  work?: Reading<WorkMarket>;
  /** A wish outside networking ("dating app"), read only when no goal was: the page says it is not covered. */
  notCovered?: Reading<keyof typeof NOT_COVERED_WORDS>;
  /** Groups the writer says they belong to ("as a woman", "I'm 29") or asks about ("networks for women"), in the taxonomy's order. */
  groups?: Reading<EligibilityGroup>[];
  /** The writer's role in their field ("I'm a vet tech", "as a paralegal"), for networks that admit one role. */
  role?: Reading<Role>;
  /**
   * The catalogue sites the text names, by slug, in the order named ("XING oder LinkedIn?"); read only when the
   * reader is given the catalogue's names, and never an answer: the goal decides the ranking.
   */
  sites?: Reading<string>[];
}

/** The longest text the reader looks at; the rest is ignored. */
export const MAX_TEXT_LENGTH = 500;

/**
 * The lexicon's readings of the `n` words from `i`, or undefined when there are none. "An introduction", "one business
 * contact": a singular made from a plural goal word counts after an article only ("contact me" is a verb); "US" is a
 * country and "IT" a field only written so ("us" and "it" are pronouns).
 */
function entriesAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): readonly Entry[] | undefined {
  const phrase = words.slice(i, i + n).join(' ');
  const entries = PHRASES.get(phrase)?.filter((e) => e.singular !== true || oneOfAt(words, clauses, i));
  if (!entries || entries.length === 0 || (CAPITALS_ONLY.has(phrase) && written[i] !== phrase.toUpperCase()))
    return undefined;
  return entries;
}

/**
 * How many of the `n` words from `i` come before a longer phrase that starts inside them and ends after them, or
 * undefined when none does. Words are read left to right, so without this the shorter phrase, starting first, would
 * take the words they share and the longer, more specific one ("people in my industry" in "meet people in my
 * industry") would never be read.
 */
function longerOverlapAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): number | undefined {
  for (let j = i + 1; j < i + n; j++)
    for (let m = Math.min(LONGEST, words.length - j); m > n && j + m > i + n; m--)
      if (entriesAt(words, clauses, written, j, m) !== undefined) return j - i;
  return undefined;
}

/**
 * Reads a goal written in plain words. `answers` is undefined when no goal was
 * found: the caller should ask for one rather than list sites.
 *
 * Beyond matching phrases, a few rules read how they are used:
 * - a goal said not to be wanted is dropped ("not looking for a job", "no busco trabajo", "ich suche keinen Job",
 *   "لا أبحث عن عمل"), and
 *   so is the field of a professional not needed ("I don't need a plumber");
 * - people the writer has ("our café has loyal customers") or raises money from ("raise money from our customers")
 *   are no goal of their own;
 * - "the job", "my job" is the job the visitor has, not a job search;
 * - "more jobs", "jobs from homeowners" are work from clients (referrals, then
 *   promotion: being found by them), and a freelancer's clients or projects are
 *   freelance work (jobs);
 * - "other nurses", "fellow lawyers" are peers, and so is staff named among them ("other vet techs and practice
 *   staff"); "meet bankers" is contacts;
 * - "studios to notice my work" is looking for work;
 * - looking for work makes the visitor a professional when nothing says otherwise, and looking for gigs or
 *   commissions a freelancer;
 * - looking for a professional to hire ("find a contractor", "need a plumber") is hiring for a project, and people
 *   named right after "hire" or "find" ("hire a freelance developer") are whom the visitor hires, not who they are;
 * - "keep in touch" at work is about contacts, not friends;
 * - "I work from home" is how someone works, online only when they ask for it;
 * - a retiree wanting friends wants them nearby too, unless they ask to meet online;
 * - "give back" is a reason: local (vaguely) when the text names no goal, nothing beside one;
 * - a job someone moved for (in any language read: "por trabajo"), and "my nursing career" (unless started, restarted or changed), and "early in my career",
 *   are no job search;
 * - "raising children", "raise awareness" are no search for investors;
 * - what people talk about ("talk online about tenancies, grants and prices") is a topic, not a goal;
 * - school as a time of life is not teaching, a school named on its own gives way to any other field named, and "any
 *   advice?" is no goal;
 * - words in brackets are an aside, read after the rest of the text;
 * - who the writer says they are outweighs people they mention;
 * - an investor meeting other investors is making contacts, not raising money, and an investor in a field ("a real
 *   estate investor") works in that field, not the investors audience;
 * - nearness said of a professional hired ("a plumber near me") is meeting them in person, not the local goal;
 * - friends wanted in a named town, and a goal's events there ("networking events in London"), add local, vaguely;
 * - paying refused ("no paid groups", "not willing to pay") is a free budget;
 * - a friend told of ("my friend went to BNI", "my friends only ever say") is no wish for friends, and what they did
 *   is not the writer's goal; nor are people set apart ("testers outside my family");
 * - a way of meeting said not to suit ("online is not my thing") asks for the other way;
 * - Dutch, Russian, Korean and Hindi have lists of their own (`lexicon-dutch-russian-korean-hindi.ts`), and a place
 *   name is read with the case endings of Russian, Polish and Czech ("из Москвы", "w Poznaniu":
 *   `read-place-endings.ts`);
 * - a collaborator sought ("need an artist") does not set the field over the writer's own ("my indie game"), and
 *   the writer's peers ("other teachers") set it over a word not said of the writer;
 * - a language said as one ("a Spanish translator", "I speak Korean") names no country, nor a style of food or drink
 *   ("an Italian restaurant"); a text in Japanese or Korean with no place named reads Japan or South Korea
 *   (`read-language.ts`), one in Arabic no country unless it names a place;
 * - Japanese and Arabic goal words (`lexicon-scripts.ts`) are found inside a Japanese run and behind what Arabic joins
 *   to a word's front (و ب ل ك ال);
 * - a tradesperson who says so ("I'm a plumber") and wants customers is a small business;
 * - a town followed by a US state ("Birmingham, AL") is in the United States;
 * - events someone attends ("networking events") are a way to meet nearby, not the events trade;
 * - a group asked about as the topic ("networks for women", "moms group") is the writer's group, shown in their words;
 * - given the catalogue's names (`names`, the search's `siteSource`), the sites the text names ("XING oder LinkedIn?"),
 *   a name that is also an ordinary word only when written as the site's (`named-sites.ts`): they change no answer.
 */
export function readGoal(text: string, names?: SiteNames): { understood: Understood; answers: Answers | undefined } {
  const raw = text.slice(0, MAX_TEXT_LENGTH);
  const { words, clauses, sentences, written } = tokenize(raw);
  const understood: Understood = { goals: [] };
  let strong: Reading<Purpose>[] = [];
  /** Whether the writer speaks of themself ("I", "my"): then people they mention are others, not them. */
  const speaksOfSelf = words.some((w) => FIRST_PERSON.has(w));
  /** Whether the writer says they are retired: then a job they had is work done, not sought. */
  const retiredSaid = words.some((w) => RETIRED.has(w));
  let weak: Reading<Purpose>[] = [];
  const addGoal = (value: Purpose, phrase: string, vague = false) => {
    if (strong.some((g) => g.value === value)) return;
    if (weak.some((g) => g.value === value)) {
      if (vague) return;
      // A specific word for a goal already read vaguely: it counts where the specific word is.
      weak = weak.filter((g) => g.value !== value);
    }
    (vague ? weak : strong).push({ value, words: phrase });
  };
  /** Puts a goal among the strong ones in the place its words, from word `at`, stand in the text. */
  const placeGoal = (value: Purpose, phrase: string, at: number) => {
    const later = strong.findIndex((g) => phraseAt(words, g.words) > at);
    strong.splice(later < 0 ? strong.length : later, 0, { value, words: phrase });
  };
  /** The hiring words that mean looking for work, not employing. */
  let seeking: string | undefined;
  /** The words of a job search told as a situation ("applied to 60 roles"): the writer applies for jobs. */
  let jobSearched: string | undefined;
  let moved: string | undefined;
  /** The clause where having moved is said: "moved to Denver for a job". */
  let movedClause: number | undefined;
  /** Where the place someone moves to starts: right after "moving to", "moved back to", "me mudo a". */
  let movedTo: number | undefined;
  /** Whether the writer gives a town its capital anywhere ("Lagos"): then a town in small letters is no place. */
  const townCapitalised = words.some((_, k) => /^\p{Lu}/u.test(written[k]!) && townAt(words, k));
  /** The countries and cities read as where the writer is, by where they start. */
  const placesRead = new Map<number, { value: string; words: string }>();
  /** Where the budget read ends: a different budget after "but" from here replaces it. */
  let budgetEnd = 0;
  /** Whether the audience was said of the writer ("I'm a freelancer"), not of people they mention. */
  let audienceSaidOfSelf = false;
  let city: string | undefined;
  /** A country named after "from": where the writer comes from, read only when no other country is. */
  let origin: Reading<string> | undefined;
  /** A place word ("group", "app"): a place to talk or meet, goal unsaid. */
  let place: string | undefined;
  /** A place to talk with peers ("forum", "community"), goal unsaid. */
  let talkPlace: string | undefined;
  /** A reason to meet people ("give back"), goal unsaid. */
  let motive: string | undefined;
  let notCovered: Understood['notCovered'];
  /** Whether the field was read from a collaborator sought ("need an artist"), not from the writer. */
  let fieldOfSought = false;
  /** The first person of a profession sought ("|looking for a developer|"), where the seeking starts and ends. */
  let collaborator: { at: number; end: number } | undefined;
  /** Whether the field was said of the writer ("I'm a nurse", "my bakery") or of their peers ("other nurses"). */
  let fieldOfWriter = false;
  /** Whether the field was read as the sector of people wanted ("contacts in finance"): the writer's own outweighs it. */
  let fieldOfWanted = false;
  /** Whether the field was read from the writer's employer ("I work at an IT company"): a venture they started outweighs it. */
  let fieldOfEmployer = false;
  /** Whether the field was read from a trade the writer had ("I was a nurse"): a later one is where they head. */
  let fieldOfPast = false;
  /** Clauses telling what a friend did ("my friend joined a meetup"): their goals, not the writer's. */
  const friendDidIn = new Set<number>();
  /** Nearness said of a professional the writer hires ("a plumber near me"): the way of meeting them, in person. */
  let nearHired: string | undefined;
  /** The words saying the writer invests in a field ("a real estate investor"): a practitioner of it. */
  let investsInField: string | undefined;
  /** Every way of meeting the text names ("online", "in person"), where it is, to weigh them together. */
  const ways: (Reading<InPersonPreference> & { at: number; end: number })[] = [];
  /** "Online" said of where to be found ("clients online"): a way of working only for work done at a distance. */
  const foundOnline: (Reading<InPersonPreference> & { at: number; end: number })[] = [];
  /** Where the last professional sought ends: "find a freelancer|". */
  let soughtEnd = -1;
  // "move abroad", "go overseas": where the writer is going is elsewhere, so a country named before is being left.
  const leaving = words.findIndex((w, k) => AWAY.has(w) && LEAVING_FOR.has(words[k - 1] ?? ''));
  // "after five years in England I moved back home": a country named before going home is the one left.
  const homecoming = homecomingAt(words);
  /** Where the last profession read ends: "real estate| investors forum". */
  let fieldEnd = -1;
  /** Where the last goal phrase read ends and its goal: "referral| network". */
  let lastGoal: { end: number; value: Purpose } | undefined;
  /** Where the last friends read end: "friends| to talk with". */
  let friendsEnd = -1;
  /** Where the last peers read end: "for us young nurses| to collaborate". */
  let peersEnd = -1;
  /** Where the last company sought ends: "someone I could grab a beer with|". */
  let companyEnd = -1;
  /**
   * A field word that names a goal too ("marketing"), said before the writer's own trade ("for my plumbing business",
   * "for my shop"), is what they want for that trade: the goal, in the field word's place, and the trade is the field
   * (none when the trade names none).
   */
  const fieldToGoal = (activity: Purpose, trade: Reading<Field> | undefined) => {
    const displaced = understood.field!.words;
    if (trade === undefined) delete understood.field;
    else understood.field = trade;
    if (strong.some((g) => g.value === activity)) return;
    weak = weak.filter((g) => g.value !== activity);
    placeGoal(activity, displaced, phraseAt(words, displaced));
  };
  /** The goal of a phrase that starts at `i` with a verb in another form ("discussing"), and its length, or 0. */
  const goalInOtherForm = (at: number): number => {
    for (const base of baseForms(words[at]!))
      for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--) {
        const phrase = [base, ...words.slice(at + 1, at + n)].join(' ');
        const entry = PHRASES.get(phrase)?.find((e) => e.kind === 'goal');
        if (entry === undefined) continue;
        if (negatedAt(words, clauses, at) || askedOfReaders(words, clauses, at, phrase)) return n;
        // "someone I could grab a beer with talking about football": the talk right after is what the company is.
        if (FRIENDSHIP_GOALS.has(entry.value as Purpose) && at === companyEnd && clauses[at - 1] === clauses[at])
          return n;
        addGoal(entry.value as Purpose, words.slice(at, at + n).join(' '), entry.weak);
        return n;
      }
    return 0;
  };
  let i = 0;
  while (i < words.length) {
    const company = companyAt(words, clauses, i);
    if (company !== undefined) {
      addGoal('friends', company);
      companyEnd = i + company.split(' ').length;
    }
    const peers = peersAt(words, i);
    if (peers !== undefined) {
      addGoal('peer-ideas', peers);
      peersEnd = i + peers.split(' ').length;
      // "meet other vets": peers met are contacts too, as people of a named profession are.
      const met = meetingBefore(words, clauses, i + 1);
      if (met !== undefined) addGoal('contacts', `${met} … ${peers}`);
    }
    const seen = seenAt(words, clauses, i);
    if (seen !== undefined && !negatedAt(words, clauses, i)) addGoal('promotion', seen);
    const grown = outletGrownAt(words, clauses, i);
    if (grown !== undefined && !negatedAt(words, clauses, i)) addGoal('promotion', grown);
    const funded = fundedAt(words, clauses, i);
    if (funded !== undefined && !negatedAt(words, clauses, i)) addGoal('investors', funded);
    const found = seen === undefined ? foundAt(words, clauses, i) : undefined;
    if (found !== undefined && !negatedAt(words, clauses, i)) {
      // "so recruiters in the UAE find me": employers finding the writer, however far apart, is looking for work.
      const boss = employerBefore(words, clauses, i);
      if (boss === undefined) addGoal('promotion', found);
      else {
        addGoal('hiring', `${boss} … ${found}`);
        seeking ??= `${boss} … ${found}`;
      }
    }
    // "find a contractor", "need a plumber": a professional to hire for a job, client work; the writer is not them.
    const sought = seekNegatedAt(words, clauses, i) ? undefined : proSoughtAt(words, clauses, i);
    if (sought !== undefined) {
      addGoal('hiring', sought);
      soughtEnd = i + sought.split(' ').length;
    }
    const kindOfWork = kindOfWorkSoughtAt(words, clauses, i);
    if (kindOfWork !== undefined && !negatedAt(words, clauses, i)) {
      addGoal('hiring', kindOfWork);
      seeking ??= kindOfWork;
    }
    // "applied to 60 designer roles", "two interviews", "get back into work": steps only a job search takes.
    const search = jobSearchAt(words, clauses, i);
    if (search !== undefined && !negatedAt(words, clauses, i)) {
      addGoal('hiring', search);
      seeking ??= search;
      jobSearched ??= search;
    }
    // "necesito contratar un mesero": an employer hiring a person.
    const hired = personHiredAt(words, clauses, i);
    if (hired !== undefined && !negatedAt(words, clauses, i)) addGoal('hiring', hired);
    const employer = employerAt(words, clauses, i);
    if (employer !== undefined) {
      addGoal('hiring', employer.words);
      seeking ??= employer.words;
      // Past the employer only: a place named before the noticing ("recruiters in Dubai find me") is read too.
      i += employer.size;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const entries = entriesAt(words, clauses, written, i, n);
      if (entries === undefined) continue;
      // "meet people in my industry": a longer phrase that starts inside this one and ends after it ("people in my
      // industry") is read too, from where it starts.
      matched = longerOverlapAt(words, clauses, written, i, n) ?? n;
      // "we moved here for my partner's job": someone else's work is why the writer came, not what they seek.
      // "for my wife's new job", "her first real job": over adjectives too.
      if (othersWorkAt(words, i, phrase)) break;
      // "Trabajo 100% en remoto", "Eu trabalho como enfermeira": the writer's own work, not a job sought.
      if (JOB_OR_I_WORK.has(phrase) && iWorkAt(words, clauses, sentences, i)) break;
      const previous = words[i - 1];
      for (const entry of entries) {
        switch (entry.kind) {
          case 'goal': {
            if (negatedAt(words, clauses, i) || askedOfReaders(words, clauses, i, phrase)) break;
            // "contacts in recruitment", "I work in staffing", "peers in fundraising": a goal word after "in" and people or
            // work names a sector, not a wish; the trade of hiring is a field, read as fields are.
            if (sectorAt(words, clauses, i)) {
              if (HIRING_TRADES.has(phrase) && understood.field === undefined) {
                understood.field = { value: HIRING_TRADE_FIELD, words: phrase };
                fieldOfWanted = wantedSectorAt(words, clauses, i);
                fieldEnd = i + n;
              }
              break;
            }
            // "lawyers looking for clients": what other people want, in a text where the writer speaks of themself.
            if (speaksOfSelf && othersWantAt(words, clauses, i)) break;
            let goal = entry.value as Purpose;
            // "a referral network", "an investor network": in a sentence, a vague networking word right after another
            // goal's word is the head of one phrase, whose first word says what the network is for. A search query's
            // words are each a wish of their own ("Jobsuche Netzwerk").
            if (
              entry.weak === true &&
              goal === 'contacts' &&
              lastGoal?.end === i &&
              lastGoal.value !== goal &&
              words.length > QUERY_LENGTH
            )
              break;
            // "no connections to investors", "contacts with clients": ties to people of another goal are that goal,
            // read where those people are named.
            if (goal === 'contacts' && tiesToGoalAt(words, clauses, i, n) !== undefined) break;
            // "we want to network with each other to share tips": people networking among themselves for another goal
            // wish for that goal, read from its own words.
            if (goal === 'contacts' && networkingForGoalAt(words, clauses, i, n) !== undefined) break;
            // "I'm the technical cofounder of …", "my co-founder and I": a partner's role the writer holds or has
            // already says who they are (read as the audience), not whom they seek.
            if (goal === 'contacts' && ownRoleAt(words, clauses, i, n)) break;
            // "you spend all night networking": time spent on networking is told of, vaguely, not wished for.
            if (goal === 'contacts' && entry.weak === true && timeSpentOnAt(words, clauses, i)) break;
            // "a forum for us young nurses to collaborate", "for other beekeepers to network": peers networking among
            // themselves are the peer exchange already read, not contacts of the writer's.
            // A "with" left at the clause's end ("other founders to connect with") makes them whom the writer would
            // connect with: contacts too.
            if (
              goal === 'contacts' &&
              previous === 'to' &&
              peersEnd === i - 1 &&
              clauses[i - 2] === clauses[i] &&
              !strandedWithAt(words, clauses, i, n)
            )
              break;
            // "I don't know anyone else who does data work": knowing nobody of one's work is missing peers, not friends.
            if (
              goal === 'friends' &&
              KNOWING.some((w) => phrase.split(' ').includes(w)) &&
              workAfter(words, clauses, i + n)
            )
              goal = 'peer-ideas';
            // "I have no colleagues here", "I miss having colleagues": colleagues missed are peers to talk shop with.
            if (goal === 'contacts' && COLLEAGUES.has(phrase) && colleaguesMissedAt(words, clauses, i))
              goal = 'peer-ideas';
            // "12 customer interviews", "client feedback": a customer naming a kind of work or data is no customer sought.
            if (CUSTOMER_ONE.has(phrase) && CUSTOMER_WORK.has(words[i + n] ?? '')) break;
            // "my friend went to BNI", "a friend told me": a friend who does something is someone told of, not a wish;
            // and what they did ("my friend joined a meetup") is theirs, not the writer's goal.
            if (friendDidIn.has(clauses[i]!)) break;
            // "newborn and family sessions", "a family law practice": family naming a kind of work is no friends sought.
            if (goal === 'friends' && phrase === 'family' && FAMILY_KIND_OF_WORK.has(words[i + 1] ?? '')) break;
            // "only my friends and family come to our gigs", "solo me compran mis amigos": the writer's only audience,
            // told of; a wider one is wanted. "Mostly friends and coworkers", "word of mouth from family": told of.
            if (goal === 'friends') {
              const told = friendsAsAudienceAt(words, clauses, i, n);
              if (told === 'audience') addGoal('promotion', phrase);
              if (told !== undefined) break;
            }
            if (goal === 'friends' && friendToldOfAt(words, clauses, i, n)) {
              if (DOING_VERBS.has(words[i + 1] ?? '') || DOING_VERBS.has(words[i + 3] ?? ''))
                friendDidIn.add(clauses[i]!);
              break;
            }
            // "I attended a meetup", "been to events": an event told of, not one wished for.
            if (goal === 'local' && attendedBefore(words, clauses, i)) break;
            // "a plumber near me", "hire a local electrician": nearness said of a professional hired is where the work
            // is done, in person; the local goal (meeting people and businesses nearby) is not what is asked.
            if (goal === 'local' && NEARNESS.has(phrase) && proHiredIn(words, clauses, sentences, i)) {
              nearHired ??= phrase;
              break;
            }
            // "raising children", "raise awareness": something raised that is not money.
            if (goal === 'investors' && raisesNoFunds(words, i, n)) break;
            // "property investors forum": a place for investors in a field, who are its practitioners, not the goal.
            if (goal === 'investors' && fieldEnd === i && TALK_PLACES.has(words[i + n] ?? '')) break;
            // "hotel staff forum": the people of a profession, named after it, unless the clause asks for them.
            if (
              goal === 'hiring' &&
              STAFF_WORDS.has(phrase) &&
              fieldEnd === i &&
              !words.some((w, k) => k !== i && clauses[k] === clauses[i] && ASKING_FOR.has(w))
            )
              break;
            // "our brewery has loyal customers", "I have friends", "most of my work comes by word of mouth": what the
            // writer has, and where their work comes from now, is told of, not wished for.
            if (
              PEOPLE_HAD.has(goal) &&
              (heldAt(words, clauses, i) ||
                countedAt(words, clauses, i) ||
                comesFromAt(words, clauses, i) ||
                hadByAt(words, clauses, i, n))
            )
              break;
            // "where do UX researchers hang out to talk shop": where people of a trade spend time is where to find
            // peers; what they do there is read as its own goal, not as what friends are for.
            if (goal === 'friends' && SPENDING_TIME.has(words[i]!) && tradePeopleBefore(words, clauses, i)) break;
            // "on Facebook I talk to friends": friends the writer spends time with now are friends they have.
            if (goal === 'friends' && friendsSeenAt(words, clauses, i)) break;
            // "raise money from our own customers", "borrow from friends and family": the people money comes from.
            if (goal !== 'investors' && fundersAt(words, clauses, i)) break;
            // "talk online about tenancies, grants and prices": the topics of a talk, not wants of their own.
            if (goal !== 'peer-ideas' && talkTopicAt(words, clauses, i)) break;
            // "a company with about 40 staff": a number counts the staff someone has; "employees find their peers":
            // staff who do the finding. Neither is staff sought.
            if (
              goal === 'hiring' &&
              STAFF_WORDS.has(phrase) &&
              (/^\d+$/.test(previous ?? '') || STAFF_DOING.has(words[i + n] ?? ''))
            )
              break;
            // "other vet techs and practice staff": staff named among the writer's peers are peers too.
            if (goal === 'hiring' && STAFF_WORDS.has(phrase) && peerStaffAt(words, clauses, i)) break;
            // "I'm an apprentice electrician", "other apprentices", "finished my apprenticeship": who someone is, or
            // the training they have had, not one sought.
            if (goal === 'hiring' && apprenticeNotSoughtAt(words, clauses, i, phrase)) break;
            // "Moja praca jest ciekawa" (my job is interesting), "po pracy" (after work): Polish work is as often the
            // work someone has; it is sought only with a verb of looking, needing or changing in its clause, or in a
            // search-box query ("praca Poznań"), as Turkish "iş" and Indonesian "kerja" are.
            if (goal === 'hiring' && POLISH_WORK.has(phrase) && !polishWorkSoughtAt(words, clauses, i)) break;
            // "I moved to Denver for a job": the job is why they moved, not what they look for.
            // "wegen dem Job nach Hamburg gezogen", "voor mijn werk naar Utrecht verhuisd": where the verb comes last,
            // the move is said after the work it was for.
            const movedFor = goal === 'hiring' && !EMPLOYING_WORDS.has(phrase) ? movedForAt(words, i) : undefined;
            if (
              movedFor !== undefined &&
              (movedClause === clauses[i] ||
                movedClause === clauses[movedFor] ||
                moveLaterAt(words, clauses, written, i + n))
            )
              break;
            // "I had a job as a nurse for 30 years, now retired", "retired after a long career in banking": a job held
            // in the past, by someone retired, is their past work, not work sought.
            // "I had a long career recruiting accountants": a career held in the past, told by what it was spent
            // doing, is past work too, retired or not.
            if (
              goal === 'hiring' &&
              (retiredSaid || careerDoingAt(words, i + n, false)) &&
              PAST_WORK.has(phrase) &&
              pastWorkAt(words, clauses, i)
            )
              break;
            // "a long career hiring engineers", and "twenty years recruiting nurses" said by someone retired: what a
            // working life was spent doing.
            if (goal === 'hiring' && careerDoingAt(words, i, retiredSaid)) break;
            // "my graduate student career", "a nursing career": the career someone has, unless they start or change it.
            if (
              goal === 'hiring' &&
              phrase === 'career' &&
              fieldEnd === i &&
              !words.slice(Math.max(0, i - 4), i).some((w) => CAREER_MOVES.has(w))
            )
              break;
            // "early in my career", "at this point in my career": a stage of the career someone has, no job search.
            if (
              goal === 'hiring' &&
              CAREER_HELD.has(phrase) &&
              previous === 'in' &&
              !CAREER_MOVES.has(words[i + n] ?? '')
            )
              break;
            if (goal === 'hiring' && (WORK_WORDS.has(phrase) || phrase === 'new job')) {
              const before = words.slice(Math.max(0, i - 2), i);
              if (previous !== undefined && CURRENT_JOB.has(previous) && !LEAVING_JOB.has(words[i - 2] ?? '')) break;
              // "1 year into my first UX job": a job the writer is some time into is the one they have.
              if (jobIntoAt(words, clauses, i, n)) break;
              let verb = i - 1;
              while (verb > 0 && JOB_ARTICLES.has(words[verb]!)) verb--;
              // "moving there with a remote job": a job someone comes with is one they have.
              const held = JOB_HELD.has(words[verb]!) || (words[verb] === 'with' && phrase === 'job');
              if (verb < i - 1 && held && !JOB_STEPS.has(words[i + n] ?? '')) break;
              if (before.includes('more') || (words[i + 1] === 'from' && words[i + 2] !== 'home')) goal = 'referrals';
            }
            // "friends to talk about football with", "amigos para intercambiar ideas": what the friends are for.
            if (FRIENDSHIP_GOALS.has(goal) && friendsEnd >= 0 && friendshipAt(words, clauses, friendsEnd, i)) break;
            // "someone I could grab a beer with talking about football": the talk right after is what the company is.
            if (FRIENDSHIP_GOALS.has(goal) && i === companyEnd && clauses[i - 1] === clauses[i]) break;
            addGoal(goal, phrase, entry.weak);
            lastGoal = { end: i + n, value: goal };
            // "meet a few people in my industry", "Leute aus meiner Branche kennenlernen": peers met are contacts too.
            const metPeers = goal === 'peer-ideas' ? fieldPeopleMetAt(words, clauses, i, n, phrase) : undefined;
            if (metPeers !== undefined) addGoal('contacts', `${metPeers} … ${phrase}`);
            // "friends to hang out with and …": friends words inside what the friends are for keep its start.
            // Only friends named as such, not a vague word ("lonely") that may yet give way to another goal.
            if (
              goal === 'friends' &&
              entry.weak !== true &&
              !(friendsEnd >= 0 && friendshipAt(words, clauses, friendsEnd, i))
            )
              friendsEnd = i + n;
            // Work from clients comes by word of mouth (referrals) and by being found by them (promotion).
            if (goal === 'referrals' && entry.value === 'hiring') addGoal('promotion', phrase, entry.weak);
            // "post a job ad", "iş ilanı vermek": a job posted is someone employing, not looking for work.
            if (goal === 'hiring' && !EMPLOYING_WORDS.has(phrase) && !jobPostedAt(words, clauses, i, n))
              seeking ??= phrase;
            break;
          }
          case 'field': {
            const field = entry.value as Field;
            // "looking for a developer", "need an illustrator": someone of a profession the writer seeks, for a role.
            if (collaborator === undefined && !selfMarkerBefore(words, clauses, i)) {
              const from = personSoughtFrom(words, clauses, i, n);
              if (from !== undefined) collaborator = { at: from, end: i + n };
            }
            // "is there an app to meet mums": an app named as a way to meet is no trade; one the writer makes is
            // ("building an app", "my app").
            if (phrase.endsWith(' app') && !appMadeAt(words, clauses, i)) break;
            // "10-11 hr days": a unit after a number, hours, not HR.
            if (unitAfterNumberAt(words, i)) break;
            // "launching a product for students": the users of what the writer makes, not the writer's trade.
            if (productUsersAt(words, clauses, i, n)) break;
            // "keep running into questions", "ran into problems": the verb of meeting something, not the sport.
            if (RUN_INTO.has(phrase) && words[i + n] === 'into') break;
            // "meet recruiters", "so headhunters find me": the people of a field whose work is hiring, met, sought or
            // finding the writer, are the employers' side of a job search, not the writer's field ("recruiters forum"
            // and "I'm a recruiter" are).
            if (HIRERS_FIELDS.has(field) && phrase.endsWith('s') && !selfMarkerBefore(words, clauses, i)) {
              const met = meetingBefore(words, clauses, i);
              if (met !== undefined || hirersSoughtAt(words, clauses, i, n)) {
                if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
                break;
              }
            }
            // "a military spouse", "an army wife": the field of the one they are married to, not the writer's (the
            // networks of a field admit its people, not their families).
            if (SPOUSES.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]) break;
            // "landed as a PR", "got my PR card": permanent residence held, not public relations.
            if (
              RESIDENCE_STATUS_WORDS.has(phrase) &&
              ((STATUS_HELD_BEFORE.has(previous ?? '') && clauses[i + n] !== clauses[i]) ||
                (RESIDENCE_NOUNS.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]))
            )
              break;
            // "zero marketing budget", "our advertising spend": money for a kind of work is no trade of the writer's.
            if (MONEY_FOR_WORK.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]) break;
            // "with no HR department", "no IT person": a field named as lacking is no trade of the writer's.
            if (previous === 'no' && clauses[i - 1] === clauses[i]) break;
            // "I don't need a plumber", "ich brauche keinen Anwalt", "not interested in nursing": a field not wanted.
            if (negatedAt(words, clauses, i) || negatedSoughtAt(words, clauses, i)) break;
            // "a lot of lawyers looking for clients": people of a trade told of, seeking for themselves, in a text where
            // the writer speaks of themself, are others, not the writer's trade.
            if (speaksOfSelf && !selfMarkerBefore(words, clauses, i) && tradeSeekingAt(words, clauses, i, n)) break;
            // "networking events", "go to events": something attended, a way to meet in person, not the trade.
            if (
              ATTENDED.has(phrase) &&
              !tradeAt(words, clauses, i, n) &&
              !(fieldEnd === i && understood.field?.value === field)
            ) {
              if (!attendedBefore(words, clauses, i)) addGoal('local', phrase, true);
              break;
            }
            // "friends to go hiking with": a pastime said as what the friends sought are for is no trade of the
            // writer's, unless they said it is theirs ("I'm a cycling coach").
            if (
              friendsEnd >= 0 &&
              friendshipAt(words, clauses, friendsEnd, i) &&
              // "friends who are nurses", "friends to talk about nursing with": who they are, or talk of a trade.
              !RELATIVE_OPENERS.has(words[friendsEnd] ?? '') &&
              !talkTopicAt(words, clauses, i) &&
              !selfMarkerBefore(words, clauses, i) &&
              !fieldOfWriter
            )
              break;
            const activity =
              understood.field === undefined ? undefined : FIELD_PHRASE_GOALS.get(understood.field.words);
            // The writer's own venture ("my indie game") or who they say they are ("I'm a nurse").
            const own = setBefore(words, clauses, i, 3, OWN_TRADE) || selfMarkerBefore(words, clauses, i);
            if (
              understood.field === undefined ||
              // "I was a nurse for 20 years, now I want to get into UX": the trade named after a past one is the
              // one the writer heads for.
              (fieldOfPast && understood.field.value !== field && !pastTradeAt(words, clauses, i)) ||
              (STAGE_FIELDS.has(understood.field.value) && !STAGE_FIELDS.has(field) && !SCHOOL_WORDS.has(phrase)) ||
              // "a junior at a state school … investment banking": a school named is where a student may be too, so
              // any other field named (a student's, or the one they head for) says more.
              (SCHOOL_WORDS.has(understood.field.words) && understood.field.value !== field) ||
              // "a veteran developer": an experienced developer, not a veteran of the armed forces.
              (SENIORITY_WORDS.has(understood.field.words) && fieldEnd === i && understood.field.value !== field) ||
              // "an artist for my indie game": the people sought are of another field than the writer's own venture,
              // which is the field; a professional hired for client work ("a lawyer for our shop") keeps theirs.
              (fieldOfSought && own && activity === undefined && understood.field.value !== field) ||
              // "contacts in finance … I'm a nurse": the sector of the people wanted gives way to the writer's own field.
              (fieldOfWanted && own && understood.field.value !== field) ||
              // "I work at an IT company and started a home bakery": a venture of the writer's own says more of
              // what they want than the trade of the company that employs them.
              (fieldOfEmployer && understood.field.value !== field && ventureStartedAt(words, clauses, i)) ||
              // "this video … other AP Lit teachers": the writer's peers are of the writer's field, which a word read
              // before and not said of the writer ("video") does not outweigh.
              (!fieldOfWriter &&
                activity === undefined &&
                understood.field.value !== field &&
                peerMarkerBefore(words, clauses, i) !== undefined)
            ) {
              understood.field = { value: field, words: phrase };
              fieldOfSought = !own && collaboratorSoughtAt(words, clauses, i);
              fieldOfWriter = own || peerMarkerBefore(words, clauses, i) !== undefined;
              fieldOfWanted = !own && wantedSectorAt(words, clauses, i);
              fieldOfEmployer = employerFieldAt(words, clauses, i);
              fieldOfPast = pastTradeAt(words, clauses, i);
            } else if (
              activity !== undefined &&
              understood.field.value !== field &&
              // "for my plumbing business", or a phrase that starts with the possessive ("for my bakery").
              (OWN_TRADE.has(words[i]!) || setBefore(words, clauses, i, 2, OWN_TRADE))
            )
              fieldToGoal(activity, { value: field, words: phrase });
            fieldEnd = i + n;
            const peer = peerMarkerBefore(words, clauses, i);
            if (peer !== undefined) {
              addGoal('peer-ideas', `${peer} ${phrase}`);
              peersEnd = i + n;
            } else if (words[i + n] === 'like' && LIKE_ME.has(words[i + n + 1] ?? ''))
              addGoal('peer-ideas', `${phrase} like ${words[i + n + 1]}`);
            // "meet bankers", and peers met too ("connect with other social workers"): people to know, contacts.
            const met = meetingBefore(words, clauses, i);
            if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
            break;
          }
          case 'country':
          case 'worldwide': {
            // "an ankara and ready-to-wear shop in Surulere, Lagos": a town's name in small letters, where the writer
            // gives another town its capital, is another word (a fabric). Not a language or demonym's capital ("I
            // speak English … moved to lagos"), which English writes even where it writes towns in small letters.
            if (CITY_PHRASES.has(phrase) && townCapitalised && smallLettersOnly(written[i]!)) break;
            // "Birmingham, AL": a town's name followed by a US state is that town in the United States.
            const state = CITY_PHRASES.has(phrase) ? usStateAt(words, written, i + n) : undefined;
            const reading = state
              ? { value: 'US', words: `${phrase} ${state}` }
              : { value: entry.value, words: phrase };
            // "a Spanish translator", "my German is basic": a language, spoken in many countries, names none.
            if (
              entry.kind === 'country' &&
              LANGUAGE_NAME.has(phrase) &&
              (LANGUAGE_AFTER.has(words[i + n] ?? '') || LANGUAGE_BEFORE.has(previous ?? ''))
            )
              break;
            // "an Italian restaurant", "a Thai family café": a style of food or drink, found in any country.
            if (entry.kind === 'country' && DEMONYM_WORDS.has(phrase) && styleAt(words, clauses, i + n)) break;
            // "taught in the UK … want to move abroad": a country named before leaving it is no place to network.
            if (entry.kind === 'country' && leaving >= 0 && i < leaving) break;
            if (entry.kind === 'country' && leftForHome(words, sentences, i, phrase, homecoming)) break;
            // "an engineer from Nigeria moving to Dubai", "from the US": where someone comes from counts only if no
            // other place is named. In the other languages "from" is often "of" too ("de"), so a place after it is
            // where the writer comes from only when a place gone to follows: "z Anglii do Krakowa".
            const from = previous === 'the' ? words[i - 2] : previous;
            if (
              entry.kind === 'country' &&
              (from === 'from' || (FROM.has(from ?? '') && placeGoneTo(words, i + n, words.length) !== undefined))
            ) {
              origin ??= reading;
              break;
            }
            if (entry.kind === 'country') placesRead.set(i, reading);
            understood.country ??= reading;
            if (CITY_PHRASES.has(phrase)) city ??= phrase;
            break;
          }
          case 'audience': {
            // Who someone says they are ("as a freelancer") outweighs people they mention ("co-workers").
            const self = selfMarkerBefore(words, clauses, i);
            // "a real estate investor", "property investing": an investor in a field works in that field (the field
            // says it); the investors audience is people who fund ventures.
            if (entry.value === 'investors' && entries.some((e) => e.kind === 'field')) {
              investsInField ??= phrase;
              break;
            }
            // "other developers, who … work for a large company": said of the people the writer mentions.
            if (!self && saidOfOthers(words, sentences, i)) break;
            // "the only designer at a 15 person startup", "I work at a small startup": where the writer works.
            if (!self && workplaceAt(words, clauses, i, n)) break;
            // "my friend joined a group for freelancers": who the friend's group is for, not the writer.
            if (!self && friendDidIn.has(clauses[i]!)) break;
            // "hire a freelance developer", "find a freelancer": the people hired, not who the writer is.
            if (!self && (hiredAt(words, clauses, i) || i + n === soughtEnd)) break;
            // "marketing for my shop": before a business the writer calls theirs, which names no field, a field word
            // that names a goal ("marketing") is that goal for it, as before "my plumbing business".
            const activity = understood.field && FIELD_PHRASE_GOALS.get(understood.field.words);
            if (
              entry.value === 'small-business' &&
              activity !== undefined &&
              OWN_TRADE.has(words[i]!) &&
              !entries.some((e) => e.kind === 'field') &&
              i - fieldEnd <= TRADE_GAP &&
              clauses[fieldEnd - 1] === clauses[i]
            )
              fieldToGoal(activity, undefined);
            // "I run a small software startup": running or owning says a business, and the kind of it named right
            // after, in the same clause, says which audience ("startup"), as "I'm a founder" would.
            const owning = understood.audience && runsWhatFollows(words, clauses, understood.audience.words, i);
            if (owning !== undefined) {
              understood.audience = { value: entry.value as Audience, words: words.slice(owning, i + n).join(' ') };
              audienceSaidOfSelf = true;
            } else if (understood.audience === undefined || (self && !audienceSaidOfSelf)) {
              understood.audience = { value: entry.value as Audience, words: phrase };
              audienceSaidOfSelf = self;
            }
            // "other freelancers", "meet founders": people of an audience, as of a profession, are peers after a
            // peer marker and contacts to meet. Plural people only: "meet clients for my business" is not this.
            if (!self && phrase.endsWith('s') && !phrase.endsWith('business')) {
              const peer = peerMarkerBefore(words, clauses, i);
              if (peer !== undefined) {
                addGoal('peer-ideas', `${peer} ${phrase}`);
                peersEnd = i + n;
              }
              const met = meetingBefore(words, clauses, i);
              if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
            }
            break;
          }
          case 'inPerson': {
            // "not online", "rather than in person", "online is not for me": the other way is wanted.
            const no = negatorBefore(words, clauses, i) ?? (notSuitedAfter(words, clauses, i + n) ? i : undefined);
            const opposite = OPPOSITE_WAY[entry.value as InPersonPreference];
            if (no !== undefined) {
              if (opposite !== undefined)
                ways.push({ value: opposite, words: words.slice(no, i + n).join(' '), at: i, end: i + n });
              break;
            }
            // "with a remote job", "tenho um trabalho remoto", "I work 100% remote", "trabajo 100% en remoto": a job the
            // writer has is how they work, not a way to meet people; a remote job wished for ("buscando trabajo
            // remoto") asks for it, as "work from home" does.
            if (
              REMOTE.has(phrase) &&
              [i - 3, i - 2, i - 1, i + n].some((k) => JOBS.has(words[k] ?? '') && clauses[k] === clauses[i]) &&
              !setBefore(words, clauses, i, WISH_REACH, WISHING)
            )
              break;
            // "get customers online", "put my tours online", "where should I be online": where to be found, not a way
            // of working or meeting; remote work and working from home are always ways of working.
            if (
              entry.value === 'online' &&
              !REMOTE.has(phrase) &&
              !phrase.includes('home') &&
              foundOnlineAt(words, clauses, written, i, n)
            ) {
              foundOnline.push({ value: 'online', words: phrase, at: i, end: i + n });
              break;
            }
            ways.push({ value: entry.value as InPersonPreference, words: phrase, at: i, end: i + n });
            if (entry.value === 'in-person') addGoal('local', phrase);
            break;
          }
          case 'budget': {
            // "no paid groups", "not willing to pay", "without a membership": paying refused is wanting it free.
            const refused = entry.value === 'free' ? undefined : payRefusedAt(words, clauses, i);
            const budget: Reading<Budget> =
              refused === undefined
                ? { value: entry.value as Budget, words: phrase }
                : { value: 'free', words: words.slice(refused, i + n).join(' ') };
            // "free would be best, but I can pay a little": what is conceded after "but" outweighs the wish before it.
            if (
              understood.budget === undefined ||
              (understood.budget.value !== budget.value && words.slice(budgetEnd, i).some((w) => BUT_WORDS.has(w)))
            ) {
              understood.budget = budget;
              budgetEnd = i + n;
            }
            break;
          }
          case 'time':
            // "daily readings": a word of time before a noun says what, not how much time the visitor has.
            if (phrase === 'daily' && clauses[i + 1] === clauses[i]) break;
            understood.time ??= { value: entry.value as TimeBudget, words: phrase };
            break;
          case 'moved':
            if (!moveAt(words, clauses, written, i, n)) break;
            // "colleagues abroad", "clients overseas": where the people wanted are, not a move of the writer's.
            if (ABROAD.has(phrase) && clauses[i - 1] === clauses[i] && wantedPeopleWord(words[i - 1])) break;
            // "na Cidade Nova", "di Kota Baru": a new town's words written as a name, inside a sentence, name a place.
            if (n > 1 && sentences[i - 1] === sentences[i] && nameWritten(written, i, n)) break;
            moved ??= phrase;
            movedClause ??= clauses[i];
            movedTo ??= placeMovedTo(words, clauses, i, n);
            break;
          case 'place':
            place ??= phrase;
            break;
          case 'talkPlace':
            talkPlace ??= phrase;
            break;
          case 'motive':
            if (!negatedAt(words, clauses, i)) motive ??= phrase;
            break;
          case 'none':
            break;
          case 'notCovered':
            notCovered ??= { value: entry.value as keyof typeof NOT_COVERED_WORDS, words: phrase };
            break;
          case 'workSetting':
            // "I work from home" is how they work; "looking for a job where I can work remotely" asks for it.
            if (STATING.has(previous ?? '')) break;
            if (setBefore(words, clauses, i, WISH_REACH, WISHING))
              ways.push({ value: 'online', words: phrase, at: i, end: i + n });
            break;
        }
      }
      // "game studios to notice": an employer at the end of a longer phrase.
      const employerEnd = n > 1 ? employerAt(words, clauses, i + n - 1) : undefined;
      if (employerEnd !== undefined) {
        addGoal('hiring', employerEnd.words);
        seeking ??= employerEnd.words;
      }
      break;
    }
    // "discussing ideas", "shared experiences": a goal verb in another form, read as its base form.
    if (matched === 0) matched = goalInOtherForm(i);
    i += Math.max(matched, 1);
  }
  // "After five years in London I'm moving to Berlin", "nach Wien umziehen": the place moved to outweighs one named
  // before, which is where the writer was.
  const goneTo = movedTo === undefined ? undefined : placesRead.get(movedTo);
  if (goneTo !== undefined && understood.country !== undefined && understood.country.value !== goneTo.value) {
    origin ??= understood.country;
    understood.country = goneTo;
  }
  if (origin !== undefined) understood.country ??= origin;
  // "my dental practice", "our law practice": a practice of their own, as "my practice" is, when nothing else says
  // who the writer is.
  const practice = understood.audience === undefined ? ownedPracticeIn(words, clauses) : undefined;
  if (practice !== undefined) understood.audience = { value: 'small-business', words: practice };
  // Written in Japanese or Korean and no place named: the one country where the language is spoken.
  const scriptCountry = countryOfScript(raw);
  if (scriptCountry !== undefined) understood.country ??= scriptCountry;
  // "I'm a freelance graphic designer, how do I find clients online?": work handed over at a distance is done where its
  // clients are found, so online is how the writer works; a shop or salon found online still serves on its premises.
  if (
    understood.field !== undefined &&
    DISTANCE_FIELDS.has(understood.field.value) &&
    !fieldOfSought &&
    !words.some((w) => PREMISES.has(w))
  )
    ways.push(...foundOnline);
  const way = nearbyOrOnline(words, clauses, ways) ?? wayOfMeeting(words, clauses, ways);
  if (way !== undefined) understood.inPerson = way;
  else if (nearHired !== undefined) understood.inPerson = { value: 'in-person', words: nearHired };
  else {
    const scheduled = scheduledMeetingIn(words, clauses);
    if (scheduled !== undefined) understood.inPerson = { value: 'in-person', words: scheduled };
  }
  // In person said only as one side of "online or in person" is no wish to meet nearby; said first, with online only
  // doing as well ("in person would be great, online is fine too"), it is.
  const inPersonFirst =
    ways.some((w) => w.value === 'in-person' && !alsoFineAt(words, clauses, w.end)) &&
    ways.some((w) => w.value === 'online' && alsoFineAt(words, clauses, w.end));
  if (way?.value !== 'in-person' && !inPersonFirst) {
    const sides = new Set(ways.filter((w) => w.value === 'in-person').map((w) => w.words));
    strong = strong.filter((g) => g.value !== 'local' || !sides.has(g.words));
  }
  // Someone of a profession sought: for a team or company ("looking for a developer to join our team") or with a
  // verb of hiring ("hire a bookkeeper", "recruiting an engineer") someone to hire, when no other hiring is said;
  // otherwise a collaborator ("in search of a drummer", "need an illustrator for my book"), contacts, as people to
  // team up with are. In the text's order.
  const sought = collaborator && words.slice(collaborator.at, collaborator.end).join(' ');
  const staffSought = sought !== undefined && forStaffAt(words, clauses, collaborator!.end);
  const hiredSought = sought !== undefined && HIRE_VERBS.has(words[collaborator!.at]!);
  const soughtGoal: Purpose = staffSought || hiredSought ? 'hiring' : 'contacts';
  if (sought !== undefined && !strong.some((g) => g.value === soughtGoal))
    placeGoal(soughtGoal, sought, collaborator!.at);
  // A tradesperson who says so ("I'm a plumber") and wants customers sells their trade: a small business, as a sole
  // trader is, when nothing else says who they are, or only that they work for themselves ("electricista autónomo",
  // "a self-employed roofer": self-employed in a trade is a sole trader). Read before the owner's customers below,
  // which it then gets.
  const trade = understood.field;
  const tradeWordsAt = trade === undefined ? -1 : phraseAt(words, trade.words);
  if (
    trade !== undefined &&
    TRADING_FIELDS.has(trade.value) &&
    (understood.audience === undefined
      ? selfMarkerBefore(words, clauses, tradeWordsAt)
      : understood.audience.value === 'freelancers' &&
        wordsNextTo(words, clauses, understood.audience.words, tradeWordsAt, trade.words)) &&
    strong.some((g) => g.value === 'referrals' || g.value === 'promotion')
  )
    understood.audience = { value: 'small-business', words: trade.words };
  // A musician, author or game maker who says so ("I'm a musician", "our band") and wants backers or an audience,
  // not clients, publishes their own work: a creator, when nothing else says who they are.
  if (
    understood.audience === undefined &&
    trade !== undefined &&
    CREATOR_FIELDS.has(trade.value) &&
    ownArtAt(words, clauses, phraseAt(words, trade.words)) &&
    strong.some((g) => g.value === 'investors' || g.value === 'promotion') &&
    !strong.some((g) => g.value === 'referrals' || g.value === 'hiring')
  )
    understood.audience = { value: 'creators', words: trade.words };
  // "We have 7 employees": a writer with a small staff runs a small business.
  const smallStaff = understood.audience === undefined ? smallStaffAt(words, clauses) : undefined;
  if (smallStaff !== undefined) understood.audience = { value: 'small-business', words: smallStaff };
  // "I just started a handyman business", "our little bakery shop": a business of the writer's own.
  const ownBusiness = understood.audience === undefined ? ownBusinessAt(words, clauses) : undefined;
  if (ownBusiness !== undefined) understood.audience = { value: 'small-business', words: ownBusiness };
  const audience = understood.audience?.value;
  // "Where to find engineers for an early stage startup", "how do startups find good developers": an employer taking
  // on people of a profession hires them, in the place the words stand among the goals.
  if (audience !== undefined && EMPLOYER_AUDIENCES.has(audience) && !strong.some((g) => g.value === 'hiring')) {
    const takenOn = professionTakenOnAt(words, clauses);
    // "find photographers like me": the people found are already read as peers.
    const whom = takenOn?.split(' ').pop();
    const peers = strong.some(
      (g) => g.value === 'peer-ideas' && whom !== undefined && g.words.split(' ').includes(whom),
    );
    if (takenOn !== undefined && !peers) {
      placeGoal('hiring', takenOn, phraseAt(words, takenOn));
      weak = weak.filter((g) => g.value !== 'hiring');
    }
  }
  // A freelancer's clients, projects and gigs are freelance work: the job sites and marketplaces, not referral clubs.
  if (audience === 'freelancers') {
    const clients = strong.find((g) => g.value === 'referrals' && isClientWord(g.words));
    if (clients !== undefined) {
      // In the clients' place: the goals keep the order the text gives them.
      const at = strong.indexOf(clients);
      strong = strong.filter((g) => g !== clients);
      if (!strong.some((g) => g.value === 'hiring')) strong.splice(at, 0, { value: 'hiring', words: clients.words });
    }
  }
  // A business the writer runs ("my shop", "we run a bakery") wanting customers reaches them by promoting itself:
  // promotion in the customers' place, then referrals; referrals asked for as such ("referrals", "refer clients")
  // stay as read, and so do customers in a text that speaks of referring ("… and be referred to you").
  // The same reading search gives such a query.
  if (audience === 'small-business' && !strong.some((g) => g.value === 'promotion') && !referringIn(words, clauses)) {
    const customers = strong.find((g) => g.value === 'referrals' && isCustomerWord(g.words));
    if (customers !== undefined)
      strong.splice(strong.indexOf(customers), 0, { value: 'promotion', words: customers.words });
  }
  // "Vivo de las clientas de siempre pero necesito gente nueva", "my regular customers are great, but I need new
  // people": new people, to a business that speaks of its customers, are new customers, reached by promotion, in
  // their place. A business owner who speaks of no customers may want friends ("new in town, want to meet new people").
  if (audience === 'small-business') {
    const fresh = strong.find((g) => g.value === 'friends' && NEW_PEOPLE.has(g.words));
    if (fresh !== undefined && words.some((w) => CUSTOMER_NOUNS.has(w))) {
      const at = strong.indexOf(fresh);
      strong = strong.filter((g) => g !== fresh);
      if (!strong.some((g) => g.value === 'promotion'))
        strong.splice(at, 0, { value: 'promotion', words: fresh.words });
    }
  }
  // Customers wanted by someone who says what they sell to the public (their own business, or a trade or craft:
  // "need more customers" for a home bakery, a salon's "Neukunden", a plumber's "more local customers") are reached by
  // promotion: referrals are introductions between businesses, which such a writer asks for only by speaking of
  // referring. Not the professions whose clients come by such introductions ({@link REFERRED_FIELDS}), nor a
  // freelancer, whose clients are freelance work (above). Customers wanted by a writer who says nothing of what they
  // do stay as the lexicon reads them, and so do a few words typed as a query ("plumber leads", "photographer
  // clients"), which say whose customers they are no more than a heading does (search reads those further).
  const field = understood.field?.value;
  if (
    words.length > QUERY_LENGTH &&
    (audience === 'small-business' || (audience === undefined && field !== undefined)) &&
    (field === undefined || !REFERRED_FIELDS.has(field)) &&
    !referringIn(words, clauses)
  ) {
    const customers = strong.find((g) => g.value === 'referrals' && isCustomerWord(g.words));
    if (customers !== undefined) {
      const at = strong.indexOf(customers);
      strong = strong.filter((g) => g !== customers);
      if (!strong.some((g) => g.value === 'promotion'))
        strong.splice(at, 0, { value: 'promotion', words: customers.words });
    }
  }
  // Clients sought on social media ("best social media for real estate agents to get clients") are reached by being
  // seen there: promotion, in the clients' place, then referrals. Not "how do I get clients without social media".
  if (!strong.some((g) => g.value === 'promotion')) {
    const clients = strong.find((g) => g.value === 'referrals' && isClientWord(g.words));
    const social = clients && socialMediaSaidAt(words, clauses);
    if (clients !== undefined && social !== undefined)
      strong.splice(strong.indexOf(clients), 0, { value: 'promotion', words: `${social} … ${clients.words}` });
  }
  // An investor meeting other investors ("connect with more experienced investors") is networking with their peers,
  // not raising money: contacts, in the investors' place. Money words ("funding") stay a search for investors.
  if (audience === 'investors' || investsInField !== undefined) {
    const others = strong.find((g) => g.value === 'investors' && INVESTOR_PEOPLE.has(g.words));
    if (others !== undefined) {
      const at = strong.indexOf(others);
      strong = strong.filter((g) => g !== others);
      if (!strong.some((g) => g.value === 'contacts')) strong.splice(at, 0, { value: 'contacts', words: others.words });
    }
  }
  // A founder "looking for someone", with no other goal, is looking for a partner: contacts.
  if (audience === 'startups' && strong.length === 0 && weak.length === 0) {
    const k = words.findIndex(
      (w, j) => SOMEONE.has(w) && words.slice(Math.max(0, j - 2), j).some((v) => SEEK_WORDS.has(v)),
    );
    if (k >= 0) addGoal('contacts', words.slice(Math.max(0, k - 2), k + 1).join(' '), true);
  }
  // "Keep in touch" among people at work is about contacts, not friends.
  if ((audience !== undefined && WORK_AUDIENCES.has(audience)) || strong.some((g) => BUSINESS_PURPOSES.has(g.value)))
    weak = weak.filter((g) => g.value !== 'friends');
  // "Meet people" where nothing is about work (no profession, no working audience, no work goal, and no work named of
  // the people met, as in "meet people in my industry"): friends.
  const meetPeople = weak.find((g) => g.value === 'contacts' && MEET_PEOPLE.has(g.words));
  if (
    meetPeople !== undefined &&
    !workAfter(words, clauses, phraseAt(words, meetPeople.words) + meetPeople.words.split(' ').length) &&
    understood.field === undefined &&
    (audience === undefined || !WORK_AUDIENCES.has(audience)) &&
    !strong.some((g) => WORK_GOALS.has(g.value))
  ) {
    weak = weak.filter((g) => g !== meetPeople);
    addGoal('friends', meetPeople.words, true);
  }
  // Having moved says where; it asks to meet people nearby only beside a goal about people, or alone.
  if (moved !== undefined && (strong.length === 0 || strong.some((g) => PEOPLE_GOALS.has(g.value))))
    addGoal('local', moved, true);
  // Retired and wanting friends ("I retired last year … how do I meet new people"): friends nearby, vaguely, unless
  // they ask to meet online.
  const retired = understood.audience?.value === 'consumers' ? understood.audience.words : undefined;
  if (
    retired !== undefined &&
    RETIRED.has(retired) &&
    way?.value !== 'online' &&
    strong.some((g) => g.value === 'friends')
  )
    addGoal('local', retired, true);
  // Making friends in a town the text names ("hard to make friends in Berlin") is meeting people where one lives:
  // nearby, in person (the local goal), vaguely; unless they ask to meet online.
  if (city !== undefined && way?.value !== 'online' && strong.some((g) => g.value === 'friends'))
    addGoal('local', city, true);
  // Vague networking words and a town ("networking in Lisbon"), or a goal's events there ("networking events in
  // London"): networking there, in person.
  const events = strong.some((g) => g.value !== 'local' && g.words.split(' ').some((w) => ATTENDED.has(w)));
  if (city !== undefined && ((strong.length === 0 && weak.length > 0) || events)) addGoal('local', city, true);
  // "Nurse networking", a few words naming a profession and networking, asks for its people: peers to learn from
  // as well as contacts. In a longer text the networking is told of ("go to conferences and talk to professors").
  const vague = weak.find((g) => g.value === 'contacts');
  if (strong.length === 0 && vague !== undefined && understood.field !== undefined && words.length <= QUERY_LENGTH)
    strong.push({ value: 'peer-ideas', words: `${vague.words} … ${understood.field.words}` });
  // Giving back and no goal: service and volunteering nearby, vaguely.
  if (motive !== undefined && strong.length === 0 && weak.length === 0) addGoal('local', motive, true);
  // A group of a sport and no goal ("komunitas lari", "a hiking group in Denver"): people to do it with, who meet
  // nearby and in person, vaguely; unless they ask to meet online.
  const sportGroup = strong.length === 0 && weak.length === 0 ? sportGroupIn(words, clauses) : undefined;
  if (sportGroup !== undefined && way?.value !== 'online') {
    addGoal('friends', sportGroup, true);
    addGoal('local', sportGroup, true);
    understood.inPerson ??= { value: 'in-person', words: sportGroup };
  }
  // A forum or a community and no goal: talking with peers, vaguely.
  if (talkPlace !== undefined && strong.length === 0 && weak.length === 0) addGoal('peer-ideas', talkPlace, true);
  // "built a portfolio, applied to 60 designer roles": a portfolio made by someone applying for jobs goes with the
  // applications, to employers; it is no wish to be seen by the public, which promotion is.
  if (jobSearched !== undefined) strong = strong.filter((g) => !(g.value === 'promotion' && PORTFOLIOS.has(g.words)));
  // "I want to get into UX", "how do I become a paralegal": heading into the field read is a career change, a job
  // sought in it, as "break into" is.
  const fieldAt = understood.field === undefined ? -1 : phraseAt(words, understood.field.words);
  const headed =
    fieldAt < 0 || strong.some((g) => g.value === 'hiring') ? undefined : fieldHeadedForAt(words, clauses, fieldAt);
  if (headed !== undefined && !negatedAt(words, clauses, fieldAt - 1)) {
    addGoal('hiring', headed);
    seeking ??= headed;
  }
  // "I was made redundant in May and don't know where to start": a job lost, and no other goal, is a job sought.
  const lost = strong.length === 0 && weak.length === 0 ? jobLossIn(words) : undefined;
  if (lost !== undefined && !negatedAt(words, clauses, lost.at)) {
    addGoal('hiring', lost.words);
    seeking ??= lost.words;
  }
  // A place named beside a profession and no goal ("nursing app", "running group"): its people, to talk with, vaguely.
  if (place !== undefined && strong.length === 0 && weak.length === 0 && understood.field !== undefined)
    addGoal('peer-ideas', place, true);
  // "but above all I need clients": a goal a cue word marks comes first, wherever the text names it.
  understood.goals = cuedFirst(
    networkingBeforePeers(peersBeforeConnecting([...strong, ...weak], words, clauses, sentences), words, clauses),
    words,
    sentences,
  ).slice(0, MAX_GOALS);
  // Meeting people nearby ("meet other expats and locals") is meeting them in person: the meeting and the
  // nearby said in one clause, not "arrived in Amsterdam … keen to meet new people".
  const nearby = understood.goals.find((g) => g.value === 'local');
  const nearbyAt = nearby === undefined ? -1 : phraseAt(words, nearby.words);
  const meet = words.findIndex((w, k) => MEETING_WORDS.has(w) && nearbyAt >= 0 && clauses[k] === clauses[nearbyAt]);
  if (meet >= 0 && understood.inPerson === undefined) understood.inPerson = { value: 'in-person', words: words[meet]! };
  // Someone looking for work is managing a career: a professional, unless the text says who they are; someone
  // looking for gigs or commissions works for clients: a freelancer.
  if (seeking !== undefined && understood.audience === undefined && understood.goals.some((g) => g.value === 'hiring'))
    understood.audience = { value: asksForClientWork(seeking) ? 'freelancers' : 'professionals', words: seeking };
  // Which hiring market: "find a job", "hire staff" are employment; "gigs", "hire a photographer" are client work.
  const hiring = understood.goals.find((g) => g.value === 'hiring');
  const work =
    hiring &&
    readWork(words, clauses, phraseAt(words, hiring.words), hiring.words, EMPLOYING_WORDS, understood.audience?.value);
  if (hiring !== undefined && staffSought && hiring.words === sought)
    understood.work = { value: 'employment', words: sought };
  else if (work !== undefined) understood.work = work;
  const groups = readGroups(raw, words, clauses, sentences);
  if (groups.length > 0) understood.groups = groups;
  const role = readRole(words, clauses);
  if (role !== undefined) understood.role = role;
  // A name that is a word the reader knows ("HeadHunter", "Freelancer") needs the writer's capitals to be a site.
  const named = names
    ? sitesNamedIn({ words, written, sentences, clauses }, raw, names, (run) => PHRASES.has(run))
    : [];
  if (named.length > 0) understood.sites = named.map((s) => ({ value: s.value, words: inOwnWords(raw, s.words) }));
  // Every part in the writer's own words, as the groups are: "Ohio" as typed, not "ohio".
  let folded: FoldedWord[] | undefined;
  const own = <T>(r: Reading<T> | undefined) =>
    r && { value: r.value, words: inOwnWords(raw, r.words, (folded ??= foldedWordsOf(raw))) };
  understood.goals = understood.goals.map((g) => own(g)!);
  for (const key of ['audience', 'field', 'country', 'inPerson', 'budget', 'time', 'work', 'role'] as const)
    if (understood[key] !== undefined) (understood[key] as Reading<unknown>) = own(understood[key])!;
  if (notCovered !== undefined) notCovered = own(notCovered);
  if (understood.goals.length === 0) {
    if (notCovered !== undefined) understood.notCovered = notCovered;
    return { understood, answers: undefined };
  }
  const answers: Answers = { goals: understood.goals.map((g) => g.value) };
  if (understood.groups) answers.groups = understood.groups.map((g) => g.value);
  if (understood.audience) answers.audience = understood.audience.value;
  if (understood.field) answers.field = understood.field.value;
  if (understood.country) answers.country = understood.country.value;
  if (understood.inPerson) answers.inPerson = understood.inPerson.value;
  if (understood.budget) answers.budget = understood.budget.value;
  if (understood.time) answers.time = understood.time.value;
  if (understood.work) answers.work = understood.work.value;
  if (understood.role) answers.role = understood.role.value;
  return { understood, answers };
}
