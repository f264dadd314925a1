// A message in another language gets a note that the bot reads English, never a guessed role.
// Function words of the languages people most often switch to; two or more and few English ones decide.
const FOREIGN = new Set(
  `
el la los las es son está están estan por para con una del que qué muy trabajo riesgo pero también
le les des est sont une pour avec dans que qui sur pas mon métier travail menacé menacée menacées
der die das ist sind und nicht durch für mit ein eine mein meine beruf arbeit gefährdet wird werden
os às é são vão vai com uma não meu minha emprego trabalho perder
il gli sono è per con una mio lavoro rischio della
het een niet zijn voor mijn baan werk
`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH = new Set(
  'the a an is are am was be will would can could should do does my our your i we you they it this that of to in for with and or what how who which job role safe risk'.split(
    ' ',
  ),
);

export function isOtherLanguage(text: string): boolean {
  // Mostly letters outside the Latin script: Chinese, Japanese, Arabic, Cyrillic, ...
  if (/[^\p{ASCII}]/u.test(text)) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (letters > 0 && latin / letters < 0.5) return true;
  }
  const words = text.toLowerCase().split(/[^\p{L}']+/u);
  let foreign = 0;
  let english = 0;
  for (const w of words) {
    if (FOREIGN.has(w)) foreign++;
    else if (ENGLISH.has(w)) english++;
  }
  return foreign >= 2 && english * 2 <= foreign;
}
