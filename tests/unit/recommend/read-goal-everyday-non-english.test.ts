/**
 * The free-text reader on everyday words in languages other than English that the dev probe of 2026-12-20 found
 * unread: German customer compounds and a hair salon, Dutch freelance assignments, Moroccan Darija job hunting,
 * home bakers in Portuguese and Indonesian, Polish board games, a French translation degree, a Vietnamese shop
 * someone opened, and a Turkish tradesman working for himself. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const answers = (text: string) => readGoal(text).answers;
const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): everyday words in other languages', () => {
  it('reads German customer compounds (new, regular, private, business customers) as customers wanted', () => {
    expect(goals('Wie gewinne ich Neukunden für meine Werkstatt?')).toContain('referrals');
    expect(goals('Ich suche Geschäftskunden für meine Druckerei')).toContain('referrals');
    expect(goals('Wo finde ich Privatkunden?')).toContain('referrals');
    // Not "Sekunden" (seconds) or "Urkunden" (certificates), which only end in the same letters.
    expect(goals('In wenigen Sekunden habe ich die Urkunden gedruckt')).not.toContain('referrals');
  });

  it('reads a German hair salon of one’s own as a small business wanting to be found', () => {
    const read = answers('Ich habe einen kleinen Friseursalon in Leipzig. Wie komme ich an Neukunden?');
    expect(read?.audience).toBe('small-business');
    expect(read?.field).toBe('beauty');
    expect(read?.goals[0]).toBe('promotion');
  });

  it('reads Dutch freelance assignments (opdrachten) as client work, and an online marketeer as marketing', () => {
    const read = answers("Ik ben zzp'er als online marketeer. Hoe kom ik aan nieuwe opdrachten?");
    expect(read?.goals).toEqual(['hiring']);
    expect(read?.work).toBe('client-work');
    expect(read?.audience).toBe('freelancers');
    expect(read?.field).toBe('marketing');
    // "online" is part of the trade's name here, not a wish to meet online.
    expect(read?.inPerson).toBeUndefined();
  });

  it('reads Moroccan Darija job hunting: looking for work (الخدمة) and sending a CV', () => {
    const looking = answers('كنقلب على الخدمة ف الرباط');
    expect(looking?.goals).toEqual(['hiring']);
    expect(looking?.work).toBe('employment');
    expect(answers('كنصيفط CV للشركات وحتى حد ما كيجاوب')?.goals).toEqual(['hiring']);
  });

  it('reads a Brazilian home baker: cakes and sweets to order, no money for ads', () => {
    const read = answers('Faço bolos e doces por encomenda em Recife. Onde divulgo? Não tenho dinheiro pra anúncio');
    expect(read?.field).toBe('hospitality');
    expect(read?.audience).toBe('small-business');
    expect(read?.budget).toBe('free');
    expect(read?.goals[0]).toBe('promotion');
  });

  it('reads an Indonesian home cake seller (jualan kue) as a small food business', () => {
    const read = answers('Aku jualan kue kering rumahan, enaknya promosi lewat mana?');
    expect(read?.field).toBe('hospitality');
    expect(read?.audience).toBe('small-business');
    expect(read?.goals[0]).toBe('promotion');
  });

  it('reads Polish board games, colloquial and in their cases, as gaming, and a club or crew for them as people to play with', () => {
    const crew = answers('Szukam ekipy do planszówek w Krakowie');
    expect(crew?.field).toBe('gaming');
    expect(crew?.goals[0]).toBe('friends');
    const club = answers('Szukam klubu gier planszowych we Wrocławiu');
    expect(club?.field).toBe('gaming');
    expect(club?.goals[0]).toBe('friends');
  });

  it('reads a French translation degree said short ("master de trad") as translation', () => {
    expect(answers('Je sors de mon master de trad et je cherche mes premiers clients')?.field).toBe('translation');
  });

  it('reads a Vietnamese shop the writer opened as a small business', () => {
    const shop = answers('Mình mở shop giày nhỏ ở Đà Nẵng, muốn bán online');
    expect(shop?.audience).toBe('small-business');
    // The shop is still the retail trade, as "shop" and "cửa hàng" are on their own.
    expect(shop?.field).toBe('retail-ecommerce');
    expect(answers('Mình mới mở quán ở Huế, làm sao để quảng cáo?')?.field).toBe('hospitality');
  });

  it('does not read Vietnamese sellers ("người bán", folded like "người bạn", a friend) as friends', () => {
    expect(goals('Mọi người bán hàng online ở đâu hiệu quả nhất?')).not.toContain('friends');
    expect(goals('Người bán trên Shopee có nhiều đơn không?')).not.toContain('friends');
    expect(goals('Mình muốn kết bạn ở Hà Nội')[0]).toBe('friends');
  });

  it('reads a Turkish tradesman working for himself, asking which apps bring work, as a freelancer wanting clients', () => {
    const read = answers('Elektrikçiyim, kendi işimi yapıyorum. Hangi uygulamalar iş getirir?');
    expect(read?.audience).toBe('freelancers');
    expect(read?.goals[0]).toBe('hiring');
    expect(read?.work).toBe('client-work');
  });

  it('reads freelance sites named in Arabic letters as a freelancer looking for client work', () => {
    const read = answers('مواقع فريلانس للمصممين');
    expect(read?.goals).toEqual(['hiring']);
    expect(read?.work).toBe('client-work');
    expect(read?.audience).toBe('freelancers');
    expect(read?.field).toBe('design-creative');
    expect(answers('افضل منصات العمل الحر')?.work).toBe('client-work');
  });

  it('reads working remotely, said of oneself in French and German, as no wish to meet online', () => {
    expect(answers('Je bosse en télétravail, du coup je veux rencontrer du monde à Lyon')?.inPerson).toBeUndefined();
    expect(answers('Ich arbeite im Homeoffice und suche Freunde in Graz')?.inPerson).toBeUndefined();
    expect(answers('Ik werk thuis en wil nieuwe vrienden maken in Utrecht')?.inPerson).toBeUndefined();
    expect(answers('Je travaille de chez moi et je cherche des amis à Nantes')?.inPerson).toBeUndefined();
    // A remote job sought is still a wish for online work: "un poste en télétravail", "suche Homeoffice".
    expect(readGoal('Je cherche un poste en télétravail').understood.inPerson?.value).toBe('online');
    expect(answers('Ich suche einen Job im Homeoffice')?.inPerson).toBe('online');
  });

  it('reads Italian friendship words (amicizia, amicizie) as friends, as Spanish amistades and Portuguese amizades are', () => {
    expect(goals('Vorrei fare nuove amicizie a Torino')[0]).toBe('friends');
    expect(goals('Cerco amicizia, sono appena arrivata')[0]).toBe('friends');
  });

  it('reads being visible online and word of mouth in Turkish as promotion', () => {
    expect(goals('Dükkanım var, internette nasıl görünür olurum?')[0]).toBe('promotion');
    expect(goals('Ağızdan ağıza yeterli olmuyor, reklam lazım')[0]).toBe('promotion');
    // An acquaintance's recommendation ("tanıdık tavsiyesiyle", by one) is a referral, not advice sought from peers.
    expect(goals('Müşterilerim tanıdık tavsiyesiyle geliyor')).not.toContain('peer-ideas');
    expect(goals('Diğer ustalardan tavsiye almak istiyorum')).toContain('peer-ideas');
  });

  it('reads a Hindi writer who has a co-founder ("mera cofounder", my co-founder) as a startup, not seeking one', () => {
    const read = answers('Main aur mera cofounder ek app bana rahe hain, ab angel investors chahiye');
    expect(read?.goals).toEqual(['investors']);
    expect(read?.audience).toBe('startups');
    expect(answers('मेरा cofounder और मैं seed funding ढूंढ रहे हैं')?.goals).not.toContain('contacts');
    // Sought, a co-founder is still contacts: "mujhe ek cofounder chahiye" (I need a co-founder).
    expect(goals('Mujhe ek technical cofounder chahiye')).toContain('contacts');
  });

  it('reads Hindi "no contacts among investors" (the postposition after the people) as investors wanted, as in English', () => {
    expect(goals('Angel round chahiye. Investors mein koi contacts nahi hain')).toEqual(['investors']);
    expect(goals('Funding चाहिए, investors में कोई contacts नहीं')).toEqual(['investors']);
    // Contacts on their own are still contacts: "industry mein contacts chahiye" names no people of another goal.
    expect(goals('Mujhe industry mein contacts chahiye')).toContain('contacts');
  });
});
