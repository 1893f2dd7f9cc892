/**
 * What each purpose means in practice: the editorial text at the top of each
 * `/purposes/<purpose>/` page. Typed by purpose, so a new purpose in the
 * taxonomy does not build until someone has written its guide.
 */
import type { Purpose } from '#src/catalogue/taxonomy.ts';

export interface PurposeGuide {
  /** What the purpose is and how sites serve it. */
  intro: string;
  /** What to check before choosing a site for it. */
  lookFor: readonly string[];
  /** The trap people fall into. */
  watchOut: string;
}

export const PURPOSE_GUIDES: Readonly<Record<Purpose, PurposeGuide>> = {
  contacts: {
    intro:
      'Building a network of professional contacts means getting to know people who can help your work later: colleagues, clients, suppliers and others in your field. The value lies in who knows you and what they remember about you, so the best sites make it easy to be found, to keep track of whom you met and to stay in touch without much effort.',
    lookFor: [
      'Profiles that say what you do, searchable by the people you want to meet.',
      'A way to follow up after meeting someone: messages, connection requests, a shared group.',
      'People in your field and your region actually using it.',
    ],
    watchOut:
      'Collecting connections is not the same as having contacts. A hundred people who would answer your message are worth more than thousands who would not.',
  },
  'peer-ideas': {
    intro:
      'Discussing ideas with a wider group of peers is how you test a plan, learn what others in your trade already know and keep up with your field. It needs conversation rather than an audience: threads you can reply to, people who know the subject, and moderation that keeps the discussion on topic.',
    lookFor: [
      'Threaded discussion or questions and answers, not just a feed of announcements.',
      'Communities organised by topic or trade.',
      'Moderation that removes spam and self-promotion.',
    ],
    watchOut:
      'Good discussion sites are absorbing. Decide what you want to learn before you open one, or an afternoon disappears into other people’s arguments.',
  },
  referrals: {
    intro:
      'Referrals are recommendations that bring you work: another member tells a client about you, and you do the same for them. They run on trust, and trust takes repeated contact, which is why the places that serve referrals best are often organisations that meet every week rather than websites.',
    lookFor: [
      'Regular contact with the same small group, in person or online.',
      'A culture, or a rule, of giving referrals and not only asking for them.',
      'Members whose clients could need what you sell.',
    ],
    watchOut:
      'Referral clubs charge dues and ask for hours every week. Work out how much business you need from them to cover the cost before you join, and give it six months before you judge.',
  },
  investors: {
    intro:
      'Meeting investors means finding people or funds who might put money into your venture, and giving them what they need to decide. Online this happens in three ways: platforms where investors browse pitches, equity crowdfunding where the public invests small sums, and databases that help you research which investors back companies like yours.',
    lookFor: [
      'Investors who fund your stage, sector and country.',
      'Clear fees: who pays, how much, and whether you pay even if you raise nothing.',
      'For crowdfunding, customers or fans who could become your first backers.',
    ],
    watchOut:
      'A site that charges founders to list a pitch earns its money whether or not you raise any. Introductions from people who know you and the investor still beat cold pitches.',
  },
  promotion: {
    intro:
      'Promotion means reaching people who do not know you yet and getting them to tell others: word of mouth at internet scale. It rewards sites with large audiences and feeds that show your posts beyond your own followers, which are usually the sites paid for by advertising.',
    lookFor: [
      'An audience that looks like your customers.',
      'Reach you do not have to pay for: recommendation feeds, search, sharing.',
      'Business pages or profiles that link to where people can buy.',
    ],
    watchOut:
      'Ad-funded sites want your time and, sooner or later, your advertising budget. Reach you got for free can shrink whenever the feed’s rules change, so keep a way to contact your audience that you own, such as an email list.',
  },
  hiring: {
    intro:
      'Finding work or hiring people: job boards, freelance marketplaces and profiles that recruiters search. The best site is simply the one where the employers or the candidates you want are already looking.',
    lookFor: [
      'Jobs in your field and region, or candidates with the skills you need.',
      'Profiles or portfolios that show real work, not only job titles.',
      'Fees you understand; on freelance marketplaces, the share taken from each contract.',
    ],
    watchOut:
      'Many of these sites earn their money from recruiters and employers, not from job seekers, so their best tools are built for the side that pays.',
  },
  local: {
    intro:
      'Meeting people and businesses nearby, face to face. Websites serve this by listing groups, events and meetings, or by connecting people who live in the same neighbourhood; the networking itself happens offline, which is why it often builds trust faster than anything on a screen.',
    lookFor: [
      'Active groups or events in your own town, not only in big cities.',
      'Regular meetings, so you see the same people again.',
      'A format that fits your week: breakfasts, evenings or weekends.',
    ],
    watchOut:
      'A local network is only as good as its local organisers. Check for recent meetings near you, and go as a guest, before paying anything.',
  },
  friends: {
    intro:
      'Keeping up with friends and family, making new friends and being entertained. This is what social networks are built for, and it is social networking, not business networking: the sites that do it best are designed to hold your attention.',
    lookFor: [
      'The people you care about already being there.',
      'Private ways to share: messages, small groups, close-friends lists.',
      'Controls over what you see and how long you spend.',
    ],
    watchOut:
      'Entertainment feeds are built to keep you scrolling. They are good for fun and poor for getting work done; set yourself a limit rather than trusting the app to.',
  },
};
