// Random and hostile strings for the fuzz tests: huge, unicode, control characters, markup and
// mention syntax of both platforms, mixed with words the bot understands.
import fc from 'fast-check';

/** Cases per property in `npm test`; `npm run fuzz` raises it (FUZZ_RUNS). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 40);

export const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U123ABC>',
  '<@W0AB>',
  '<!subteam^S123>',
  '<#C123|general>',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '*bold*',
  '_it_',
  '~s~',
  '`code`',
  '```block```',
  '<https://evil.example|click>',
  '[x](https://evil.example)',
  '&lt;&gt;&amp;',
  '<script>alert(1)</script>',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\u202e',
  '\u200b',
  '\ufeff',
  '😀'.repeat(40),
  '𝕳𝖊𝖑𝖑𝖔',
  'ダミー',
  'عربى',
  '\ud800',
  'a'.repeat(5000),
  'backend '.repeat(400),
  '%s%n',
  '{{7*7}}',
  '${x}',
  '../../etc/passwd',
  'null',
  'undefined',
  '[]',
  '{}',
  '"',
  "'",
  '\\',
  // Names every JavaScript object answers to: a lookup table must not read them off the prototype.
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
];
export const WORDS = [
  'risk',
  'compare',
  'transition',
  'roles',
  'help',
  'vs',
  'backend developer',
  'devops',
  'sre',
  'data engineer',
  'qa',
  'senior',
  'and for seniors?',
  'where could they go?',
  'our team has 4 backend devs',
];

export const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...HOSTILE),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })), {
      maxLength: 6,
    })
    .map((w) => w.join(' ')),
);

/** Any JSON value, for fields that should be strings or objects. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  hostileText,
);

/** Bodies that are not what the content type says: broken JSON, binary, truncated documents. */
export const malformedBody = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
  fc.constantFrom(
    '{',
    '{"type":',
    '[',
    '{"type": 2, "data": ',
    'payload=%7B',
    'payload=%ZZ',
    'payload={not json}',
    'null',
    'true',
    '42',
    '"str"',
    '\u0000\u0001',
    '{"a":1}}',
  ),
  fc.json({ maxDepth: 2 }).map((j) => j.slice(0, Math.max(1, j.length - 1))),
);

/** Raw mentions and broadcasts that would ping people if the bot echoed them unescaped. */
export const SLACK_PING = /<[!@#]|<!(?:channel|here|everyone)>/;
