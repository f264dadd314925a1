// The intent parser's public surface.
export { parseIntent, prepareIntentParser, warmUpQuestions, MAX_MESSAGE_LENGTH } from './parse.ts';
export { nextState } from './state.ts';
export { intentRoleIds, type Intent, type IntentContext, type IntentKind, type TeamMember } from './types.ts';
