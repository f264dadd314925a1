// One normal form for job titles, applied alike to catalog names and to queries, so that
// "Back-End Dev", "backend developer" and "back end devs" meet.

/** A table's own entry for a key people typed, never a property every object has ('constructor'). */
export const ownValue = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const SYMBOLS: [RegExp, string][] = [
  [/c\+\+/g, ' cpp '],
  [/c#/g, ' csharp '],
  [/f#/g, ' fsharp '],
  [/\.net\b/g, ' dotnet '],
  [/\bnode\.js\b/g, ' nodejs '],
  [/\bvue\.js\b/g, ' vuejs '],
  [/\bnext\.js\b/g, ' nextjs '],
  [/&/g, ' and '],
  [/\+/g, ' plus '],
];

/** Joined forms people also write apart or hyphenated. */
export const COMPOUNDS: [RegExp, string][] = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  [/\bdev ops\b/g, 'devops'],
  [/\bdev sec ops\b/g, 'devsecops'],
  [/\bsec ops\b/g, 'secops'],
  [/\bml ops\b/g, 'mlops'],
  [/\bdata base\b/g, 'database'],
  [/\bhelp desk\b/g, 'helpdesk'],
  [/\bserver side\b/g, 'serverside'],
  [/\bclient side\b/g, 'clientside'],
  [/\bweb master\b/g, 'webmaster'],
  [/\bmid level\b/g, 'midlevel'],
  [/\bentry level\b/g, 'entrylevel'],
  [/\bnode js\b/g, 'nodejs'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bquality assurance\b/g, 'qa'],
  [/\buser experience\b/g, 'ux'],
  [/\buser interface\b/g, 'ui'],
];

/** Short forms that always mean one word. Role abbreviations (SRE, DBA) stay aliases instead. */
export const WORDS: Record<string, string> = {
  dev: 'developer',
  devs: 'developer',
  developers: 'developer',
  develop: 'developer',
  development: 'developer',
  eng: 'engineer',
  engr: 'engineer',
  engineers: 'engineer',
  engineering: 'engineer',
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  admin: 'administrator',
  admins: 'administrator',
  sysadmin: 'system administrator',
  programmers: 'programmer',
  coders: 'coder',
  testers: 'tester',
  analysts: 'analyst',
  architects: 'architect',
  designers: 'designer',
  managers: 'manager',
  scientists: 'scientist',
  specialists: 'specialist',
  technicians: 'technician',
  administrators: 'administrator',
  folks: '',
  people: '',
  guys: '',
  guy: '',
  gal: '',
  person: '',
  role: '',
  roles: '',
  job: '',
  jobs: '',
  // Filler that never tells two titles apart.
  a: '',
  an: '',
  the: '',
  with: '',
  of: '',
  as: '',
  my: '',
  our: '',
  im: '',
  am: '',
};

// normalizeTitle runs on every catalog name, O*NET title and task at load, so each step is skipped
// when a cheap test shows it cannot change the string (same result, about three times faster).
/** Anything but printable ASCII and whitespace takes the full Unicode path. */
const NON_ASCII = /[^ -~\t\n\r]/;
/** Nothing in SYMBOLS can match a string without one of these. */
const SYMBOL_HINT = /[+#&]|\.(?:net|js)/;
const COMPOUND_PHRASES = COMPOUNDS.map(([re]) => re.source.replace(/\\b/g, ''));
/** In plain ASCII text a compound can only start at one of these whole words. */
const COMPOUND_STARTS = new Set(COMPOUND_PHRASES.map((p) => p.split(' ')[0]!));

/** Lower-case, strip accents and punctuation, expand short forms, drop plural 's'. */
export function normalizeTitle(input: string): string {
  const ascii = !NON_ASCII.test(input);
  let s = ascii ? input.toLowerCase() : input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (SYMBOL_HINT.test(s)) for (const [re, to] of SYMBOLS) s = s.replace(re, to);
  s = ascii ? s.replace(/[^a-z0-9]+/g, ' ') : s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  let tokens = s.split(' ');
  if (!ascii || tokens.some((t) => COMPOUND_STARTS.has(t))) {
    COMPOUNDS.forEach(([re, to], i) => {
      if (s.includes(COMPOUND_PHRASES[i]!)) s = s.replace(re, to);
    });
    tokens = s.split(' ');
  }
  let out = '';
  for (const t of tokens) {
    const word = t === '' ? '' : (ownValue(WORDS, t) ?? singular(t));
    if (word) out = out ? `${out} ${word}` : word;
  }
  return out;
}

function singular(token: string): string {
  if (token.length > 4 && token.endsWith('s') && !PLURAL_LOOKALIKE.test(token)) return token.slice(0, -1);
  return token;
}
const PLURAL_LOOKALIKE = /(ss|us|is|ops)$/;

/** Job ads use engineer and developer interchangeably; the matcher tries the other word second. */
export function swapEngineerDeveloper(normalized: string): string {
  return normalized.replace(/\b(engineer|developer)\b/g, (w) => (w === 'engineer' ? 'developer' : 'engineer'));
}
