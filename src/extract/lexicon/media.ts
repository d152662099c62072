// News agencies and broadcasters that news cites as its sources ("told Agence France-Presse",
// "Yonhap reported"): groups, whatever the entity model makes of names from outside its
// training news. Compiled for kg from the world's wire services and international broadcasters.

const NAMES = [
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Xinhua', 'Xinhua News Agency', 'TASS',
  'Interfax', 'RIA Novosti', 'Sputnik', 'EFE', 'ANSA', 'Kyodo', 'Kyodo News', 'Yonhap', 'Yonhap News Agency', 'Bernama', 'Antara',
  'Anadolu', 'Anadolu Agency', 'Press Trust of India', 'IRNA', 'ISNA', 'Tasnim', 'Fars News Agency', 'KCNA',
  'Korean Central News Agency', 'Al Jazeera', 'Deutsche Welle', 'Voice of America', 'Radio Free Europe', 'Euronews',
];

/** The names, as token sequences, by their first token. */
export const MEDIA_NAMES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of NAMES) {
    const words = name.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return byFirst;
})();
