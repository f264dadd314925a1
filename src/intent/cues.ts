// The wording that tells what kind of question a message is. Tested on the lower-cased message.
export const TRANSITION = new RegExp(
  [
    String.raw`\b(?:move|moving|moved|switch(?:ing)?|shift(?:ing)?|pivot(?:ing)?|jump(?:ing)?|transition(?:ing)?|retrain(?:ing)?)\s+(?:over\s+)?(?:in)?to\b`,
    String.raw`\b(?:go|going|get|getting|break|breaking|branch|branching)\s+(?:out\s+)?into\b`,
    String.raw`\b(?:move|moving|switch(?:ing)?|pivot(?:ing)?|transition(?:ing)?|jump(?:ing)?|go(?:ing)?|get(?:ting)?)\s+(?:away\s+)?(?:from|out\s+of)\b`,
    String.raw`(?:→|->|=>|⇒|⟶)`,
    String.raw`\btransition`,
    String.raw`\bpivot`,
    String.raw`\bcareer\s+(?:change|switch|move|path|options?|advice)`,
    String.raw`\bchange\s+careers?`,
    String.raw`\bswitch\s+(?:careers?|jobs?|roles?|fields?)`,
    String.raw`\bwhere\s+(?:should|could|can|do|would|might|to)\b(?:\s+\w+){0,3}\s+go\b`,
    String.raw`\bwhere\s+(?:to\s+)?(?:next|now)\b`,
    String.raw`\bwhere\s+(?:to\s+go|to\s+move)`,
    String.raw`\bwhere\s+(?:should|could|can|do|would|might)\b.*\b(?:move|head|pivot|land)\b`,
    String.raw`\bmove\s+next\b`,
    String.raw`\bgo\s+next\b`,
    String.raw`\bnext\s+(?:step|move|role|job)`,
    String.raw`\bsafer\s+(?:roles?|jobs?|options?|paths?|careers?|alternatives?|places?)`,
    String.raw`\b(?:retrain|reskill|upskill)`,
    String.raw`\balternatives?\b`,
    String.raw`\bescape\b`,
    String.raw`\b(?:get|getting|want|wants|wanting|way|ways)\s+out\b`,
    String.raw`\b(?:my|our|their|his|her)\s+options\b`,
    String.raw`\bfrom\s+\S+(?:\s+\S+){0,3}\s+(?:to|into)\s+`,
    String.raw`\b(?:smart|good|wise|bad|right|sensible|realistic)\s+(?:move|switch|step)\b`,
    String.raw`\bmove\s+on\b`,
    String.raw`\b(?:learn|study|train\s+for)\s+next\b`,
    String.raw`\bwhat\s+(?:other\s+)?(?:roles?|jobs?|positions?)\s+(?:could|can|should|would|might)\b`,
    String.raw`\bwhat\s+(?:else\s+)?(?:could|can|should)\s+(?:i|we|they|he|she)\s+(?:do|become|switch|move|go)\b`,
    String.raw`\bbecom(?:e|ing)\s+an?\b`,
    String.raw`\bbetter\s+off\s+(?:as|in|doing)\b`,
    String.raw`\b(?:should|could|can)\s+(?:i|we|they|he|she)\s+become\b`,
    String.raw`\bexit\s+(?:strategy|plan)`,
    String.raw`\bwhere\s+.*\s+land\b`,
  ].join('|'),
);

/** "compare it with X", "how does X compare", "vs X": a new role set against the one in context. */
export const COMPARE_FOLLOW_UP =
  /\bcompar|\bvs\.?\b|\bversus\b|\bagainst\b|\bthan\b|\bbetter\b|\bsafer\b|\bside\s+by\s+side\b|\bstack\s+up\b|\binstead\b/;

export const TOWARDS_BEFORE = /\b(?:to|into|toward|towards|become|becoming|be|as)\s+(?:an?\s+|the\s+)?$/;
export const FROM_BEFORE =
  /\b(?:from|out\s+of|leave|leaving|quit|i'?m|i\s+am|im|we'?re|we\s+are|they'?re|they\s+are|currently|work(?:ing)?\s+as)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/;
/** "as a DBA, …" names the current role only when it comes first; "better off as a data engineer" names the target. */
export const AS_A_BEFORE = /\bas\s+an?\s+$/;

export const HELP_ASKED = /^(?:can|could|would|will)\s+(?:you|u)\s+help(?:\s+me)?(?:\s+out)?\s*[?!.]*$/;
export const HELP =
  /^(?:help|\?+|h|usage|commands?|menu|what\s+can\s+(?:you|u|this\s+bot|the\s+bot)\s+do|how\s+(?:does|do)\s+(?:this|it|you|the)(?:\s+bot)?\s+work|how\s+(?:do|can|should)\s+i\s+use|what\s+(?:do|does)\s+(?:you|this\s+bot|the\s+bot)\s+do|who\s+are\s+you|what\s+are\s+you|what\s+is\s+this|how\s+does\s+(?:the\s+)?scor|explain\s+(?:the\s+)?(?:score|method))\b/;
export const HELP_ANYWHERE =
  /\b(?:do\s+you\s+only\s+(?:know|cover|do)|help\s+me\s+use|what\s+can\s+you\s+do|how\s+do\s+i\s+use\s+(?:you|this|the\s+bot)|what\s+do\s+you\s+(?:do|know)|show\s+me\s+(?:the\s+)?commands|list\s+(?:of\s+)?commands|how\s+(?:is|are)\s+(?:the\s+)?scores?\s+(?:calculated|computed|worked\s+out))\b/;

export const ROLES =
  /\b(?:list|show|see|give|display|browse|what|which|all)\b[^?]*\b(?:roles|jobs|titles|careers|positions)\b|\broles\s+(?:do|can|have)\s+you\b|\bcatalog(?:ue)?\b|^roles?\b|\byour\s+(?:roles|list)\b|\bwhat\s+(?:roles|jobs)\s+(?:do\s+you|are\s+there|exist)/;
export const ZONE_WORDS: Record<string, 'red' | 'yellow' | 'green'> = {
  red: 'red',
  yellow: 'yellow',
  green: 'green',
  safe: 'green',
  safest: 'green',
  exposed: 'red',
  risky: 'red',
  riskiest: 'red',
  'most exposed': 'red',
  'least exposed': 'green',
};

export const GREETING =
  /^(?:hi+|hello+|hey+|yo|hiya|howdy|morning|good\s+(?:morning|afternoon|evening|day)|greetings|sup|what'?s\s+up|hola|heya)\b/;
export const THANKS =
  /^(?:thanks?|thank\s+you|thx|ty|cheers|cool|nice|great|awesome|ok(?:ay)?|got\s+it|perfect|brilliant|lol|haha|👍|🙏|much\s+appreciated|appreciate\s+it)\b/;

/** A question about exposure, even when the role is unknown: worth asking back rather than chatting. */
export const RISK_QUESTION =
  /\b(?:safe|automat|replac|exposed|exposure|risk|future|obsolete|ai\b|score|threat|doomed|take\s+over|taken\s+over|job|career|role|dead\b|dying|finished|done\s+for|worr)/;

/** Pronouns and phrases that point back at roles already discussed. */
export const POINTS_BACK =
  /\b(?:it|they|them|that|this|those|these|their|same|him|her|he|she|one|ones|both|either)\b|^(?:and|what\s+about|how\s+about|also)\b/;

export const TEAM =
  /\b(?:team|teams|squad|crew|department|dept|org|group|staff|headcount|we\s+have|we'?ve\s+got|we\s+employ|there\s+are|consist|made\s+up|how\s+exposed\s+are\s+we|are\s+we)\b/;

/** A 12-week plan asked for: "make me a plan", "a roadmap to SRE", "12-week plan". */
export const PLAN = /\b(?:(?:action|career|study|learning|12[- ]?week|twelve[- ]week)\s+)?plan\b|\broad\s?map\b/;
/** Asking for moves that need less schooling. */
export const LESS_SCHOOLING =
  /\b(?:without|no|don'?t\s+have|not\s+needing|skip(?:ping)?)\s+(?:an?\s+|the\s+)?(?:college\s+|university\s+|uni\s+)?degree\b|\bless\s+(?:schooling|school|education|training|study)\b|\bno\s+(?:college|university)\b/;
