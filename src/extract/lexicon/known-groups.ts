// Organisations that world news names often and that the entity model, trained on Reuters news of
// 1996, reads as people or places: the wire services and broadcasters news cites as its sources
// ("told Agence France-Presse"), international bodies and charities ("Greenpeace said"), armed groups, and the
// companies of the decades since ("officials at Huawei"). Groups, whatever the model reads.
// Compiled for kg from general knowledge of world news; names that are also common words, given
// names, surnames or places ("Amazon", "Apple", "Ford", "Tesla", "Honda", "Emirates") are left out.

const MEDIA = [
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Xinhua', 'Xinhua News Agency', 'TASS',
  'Interfax', 'RIA Novosti', 'Sputnik', 'EFE', 'ANSA', 'Kyodo', 'Kyodo News', 'Yonhap', 'Yonhap News Agency', 'Bernama', 'Antara',
  'Anadolu', 'Anadolu Agency', 'Press Trust of India', 'IRNA', 'ISNA', 'Tasnim', 'Fars News Agency', 'KCNA',
  'Korean Central News Agency', 'Al Jazeera', 'Deutsche Welle', 'Voice of America', 'Radio Free Europe', 'Euronews', 'Wikinews', 'Wikipedia',
];

const INTERNATIONAL_BODIES = [
  'UN', 'U.N.', 'United Nations', 'UNESCO', 'UNICEF', 'UNHCR', 'UNRWA', 'WHO', 'World Health Organization', 'World Trade Organization', 'WTO', 'International Monetary Fund',
  'IMF', 'World Bank', 'NATO', 'OPEC', 'ASEAN', 'African Union', 'Interpol', 'Europol', 'International Criminal Court',
  'International Atomic Energy Agency', 'IAEA', 'International Olympic Committee', 'IOC', 'FIFA', 'UEFA', 'CERN',
  'Roscosmos', 'ISRO', 'JAXA',
];

const CHARITIES = [
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Oxfam', 'Doctors Without Borders', 'Médecins Sans Frontières',
  'Save the Children', 'Red Cross', 'Red Crescent', 'Wikimedia Foundation', 'Mozilla',
];

// armed groups named since the model's 1996 news (not those it knows, as "Hamas", nor a name's part), and
// "Hezbollah", which that news spelt "Hizbollah"
const ARMED_GROUPS = [
  'Al-Qaeda', 'Al Qaeda', 'Al-Qaida', 'Taliban', 'ISIS', 'ISIL', 'Daesh', 'Islamic State', 'Boko Haram', 'Al-Shabaab', 'Houthis',
  'Hezbollah', 'Hizbollah', 'Hizbullah',
  'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State in Iraq and Syria', 'Islamic State of Iraq and al-Sham',
];

const COMPANIES = [
  // technology
  'Google', 'Microsoft', 'Huawei', 'Samsung', 'Sony', 'Intel', 'IBM', 'Netflix', 'Uber', 'Lyft', 'Airbnb', 'Spotify', 'Alibaba',
  'Tencent', 'Baidu', 'ByteDance', 'Xiaomi', 'Nvidia', 'Qualcomm', 'Cisco', 'Nokia', 'Ericsson', 'Foxconn', 'Panasonic',
  'Toshiba', 'Hitachi', 'Nintendo', 'PayPal', 'eBay', 'Yahoo', 'SpaceX', 'Blue Origin',
  // aircraft, arms, engineering
  'Boeing', 'Airbus', 'Embraer', 'Bombardier', 'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'General Electric', 'Siemens',
  // cars
  'Toyota', 'Volkswagen', 'Nissan', 'Hyundai', 'BMW', 'Audi', 'Renault', 'Peugeot', 'Chrysler', 'General Motors', 'Volvo', 'Daimler',
  // medicines
  'Pfizer', 'Moderna', 'AstraZeneca', 'Novartis', 'Sanofi', 'GlaxoSmithKline', 'BioNTech', 'Gilead',
  // food, energy, banks, airlines (not shops: "a Walmart in El Paso" is a place)
  'Coca-Cola', 'PepsiCo', 'Nestlé', 'Unilever',
  'ExxonMobil', 'Chevron', 'Gazprom', 'Rosneft', 'Aramco', 'Saudi Aramco', 'Petrobras', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley',
  'Citigroup', 'HSBC', 'Barclays', 'BlackRock', 'Mastercard', 'Lufthansa', 'Qantas', 'Ryanair', 'easyJet', 'Aeroflot',
];

/**
 * Whether a group's name is a news medium's: a wire service above, or a name news media take
 * ("CBS News", "The Jakarta Post", "BBC", "Fox News").
 */
export function isMedium(name: string): boolean {
  return MEDIA.includes(name) || /\b(News|Press|Times|Post|Journal|Radio|TV|Television|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Mail|Observer)$/.test(name)
    || /^(BBC|CNN|NBC|ABC|CBS|NPR|PBS|Fox|MSNBC|CNBC|Sky|CBC|ITV|Wikinews)\b/.test(name);
}

/** The names, as token sequences, by their first token (longest first). */
export const KNOWN_GROUPS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of [...MEDIA, ...INTERNATIONAL_BODIES, ...CHARITIES, ...ARMED_GROUPS, ...COMPANIES]) {
    const words = name.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return byFirst;
})();
