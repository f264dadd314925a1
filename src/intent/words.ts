// Word lists the intent parser leans on. Everyday words are never "corrected" into a role name and
// never name a role on their own.
export const COMMON_WORDS = new Set(
  `
a an the and or but if so to of in on at by for from with without into onto about as than then
i im me my we our us you your he she they them their it its this that these those who whom what which when where why how
is am are was were be been being do does did done have has had will would can could should shall may might must
not no yes yeah yep nope ok okay please thanks thank hi hello hey
go going gone get gets got make made take taken want need like know think feel look see say said tell told
more most less least much many some any all every each other another same new old good better best bad worse worst
safe safer safest risk risky exposed exposure future proof automated automate automation replace replaced replacing
job jobs role roles career careers work working team teams people person guy guys folk folks
next now soon still also just only really very too even here there over under after before end dead
year years month months week weeks day days time
ai llm gpt chatgpt copilot
what's where's how's it's i'm we're they're you're don't doesn't can't won't
should've could've would've
move moving switch switching change changing transition compare compared versus vs
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that carry no role meaning in a question, removed before guessing an unknown title. */
export const QUESTION_WORDS = new Set([
  ...COMMON_WORDS,
  ...`
worried worry worrying scared afraid concerned going gonna wanna become becoming being taken over
doomed dead dying obsolete threat threatened impact impacted affected affect disrupted disruption
score rating rate exposure how's whats doing happen happening matter matters chance chances
tech industry field position positions title titles profession occupation
`
    .split(/\s+/)
    .filter(Boolean),
]);

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  couple: 2,
  few: 3,
  dozen: 12,
};
