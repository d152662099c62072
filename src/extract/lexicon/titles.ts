// Words of English news that stand before a person's name ("President", "Gen.") and words that
// end the names of organisations ("Corp", "Ministry"). Compiled for kg from general usage.

export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice-president', 'chancellor', 'premier', 'minister', 'secretary', 'undersecretary', 'ambassador', 'envoy',
  'senator', 'sen.', 'sen', 'congressman', 'congresswoman', 'representative', 'rep.', 'rep', 'governor', 'gov.', 'gov',
  'mayor', 'councillor', 'councilman', 'councilwoman', 'speaker', 'judge', 'justice', 'attorney', 'prosecutor', 'sheriff',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'shaikh', 'crown',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev.', 'reverend', 'father', 'imam', 'rabbi', 'ayatollah', 'cleric', 'patriarch',
  'general', 'gen.', 'gen', 'lieutenant', 'lt.', 'lt', 'colonel', 'col.', 'col', 'major', 'maj.', 'captain', 'capt.', 'commander',
  'cmdr.', 'admiral', 'adm.', 'sergeant', 'sgt.', 'corporal', 'cpl.', 'private', 'marshal', 'brigadier', 'commodore',
  'chief', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head',
  'coach', 'manager', 'inspector', 'detective', 'officer', 'agent', 'deputy', 'commissioner', 'superintendent',
]);

export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group',
  'holdings', 'bank', 'party', 'army', 'force', 'forces', 'guard', 'guards', 'corps', 'brigade', 'brigades', 'militia',
  'front', 'movement', 'ministry', 'department', 'dept', 'dept.', 'agency', 'office', 'bureau', 'council', 'committee',
  'commission', 'assembly', 'parliament', 'congress', 'senate', 'court', 'university', 'college', 'institute', 'school',
  'association', 'federation', 'union', 'league', 'club', 'foundation', 'organization', 'organisation', 'authority',
  'service', 'services', 'news', 'times', 'post', 'press', 'network', 'airlines', 'airways', 'air',
]);
