// The App Home tab: what the bot does, how to ask, buttons for the common questions and, when the
// conversation store remembers it, the role the person last asked about. Opening the tab publishes
// the view (views.publish); a button there answers in the person's DM with the bot, since a Home
// tab has no channel and no response_url to answer through.
import type { App } from '@slack/bolt';
import type { Answer } from '../../commands/define.ts';
import { argsFor } from '../../commands/args.ts';
import { findCommand, helpAnswer } from '../../commands/index.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import type { ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Action, Button, Reply } from '../../src/output/reply.ts';
import { cachedRunCommand, renderOnce } from '../runtime/answer-cache.ts';
import { answerRequest, track, type Services } from '../runtime/answer-pipeline.ts';
import { errorContext } from '../runtime/log.ts';
import { decodeAction } from './action-id.ts';
import { actionArgs, slashArgs, threadKey } from './inbound.ts';
import { renderSlack as renderSlackFresh } from './render.ts';

const renderSlack = renderOnce(renderSlackFresh);

/** Where the person's last role is kept, beside the thread memory (and as long). */
export const lastRoleKey = (team: string, user: string) => `slack:home:${team}:${user}`;

/** The commands whose first example becomes a "common question" button. */
const EXAMPLE_COMMANDS = ['risk', 'compare', 'transition', 'roles'] as const;

/** A command's first example ("compare backend developer vs …") as the button that asks it. */
function exampleButton(name: (typeof EXAMPLE_COMMANDS)[number]): Button | undefined {
  const spec = findCommand(name);
  const example = spec?.examples[0];
  if (!spec || !example) return undefined;
  const text = example.slice(spec.name.length).trim();
  const args = argsFor(spec, text).args;
  const action: Action = { command: name, args: Object.keys(spec.args).flatMap((k) => (args[k] ? [args[k]] : [])) };
  return { label: example.charAt(0).toUpperCase() + example.slice(1), action };
}

/** The Home tab as a neutral Reply, rendered by the one Slack renderer (limits and escaping there). */
export function homeReply(catalog: Catalog, lastRoleId?: string): Reply {
  const last = lastRoleId ? catalog.byId.get(lastRoleId) : undefined;
  const blocks: Reply['blocks'] = [
    {
      type: 'text',
      text: 'How exposed is a tech role to AI, and where to go next? Ask about any role by the title you use: you get a score from 0 to 100 (higher is safer), the reasons behind it, and safer roles to move into.',
    },
    {
      type: 'list',
      title: 'How to ask',
      items: [
        '/risk backend developer: the score card, with its reasons',
        '/compare backend developer vs security software developer: two roles side by side',
        '/transition backend developer: safer roles to move into',
        '/myscore backend developer: your own score, from how you spend your week (private)',
        'Mention @career-bot in a channel, or write to it under Messages, in plain words: "is QA going to be automated?"',
      ],
    },
  ];
  if (last) {
    const s = catalog.score(last);
    blocks.push(
      { type: 'text', text: `Last time you asked about ${last.title}: ${s.score.toFixed(1)} / 100, ${s.label}.` },
      {
        type: 'actions',
        buttons: [
          { label: `${last.title}: the card`, action: { command: 'risk', args: [last.id] }, primary: true },
          { label: 'Safer roles to move into', action: { command: 'transition', args: [last.id] } },
        ],
      },
    );
  }
  const examples = EXAMPLE_COMMANDS.flatMap((n) => exampleButton(n) ?? []);
  blocks.push(
    { type: 'list', title: 'Common questions', items: ['Answers arrive in your messages with me.'] },
    { type: 'actions', buttons: [...examples, { label: 'Help', action: { command: 'help', args: [] } }] },
    {
      type: 'context',
      text: 'Scores come from the AI Job Resistance Index: task resistance, market evidence, barriers, protective principles and AI growth.',
    },
  );
  return { title: 'career-bot', tone: 'info', blocks };
}

/** The views.publish `view`: the rendered blocks as a Home tab. */
export function homeView(catalog: Catalog, lastRoleId?: string) {
  return { type: 'home' as const, blocks: renderSlack(homeReply(catalog, lastRoleId)).blocks };
}

/** The first role an answer is about, for "last time you asked about …". */
export function roleOfAnswer(answer: Answer): string | undefined {
  const doc = answer.doc as {
    kind?: string;
    role?: { id: string };
    a?: { role: { id: string } };
    from?: { role: { id: string } };
  };
  switch (doc.kind) {
    case 'risk':
    case 'personal':
    case 'personal-tasks':
      return doc.role?.id;
    case 'compare':
      return doc.a?.role.id;
    case 'transition':
      return doc.from?.role.id;
    default:
      return undefined;
  }
}

interface HomeOptions extends Services {
  catalog: Catalog;
  conversations: ConversationStore;
}

type Body = Record<string, unknown> & {
  type?: string;
  team_id?: string;
  team?: { id?: string };
  user?: { id?: string };
  user_id?: string;
  command?: string;
  text?: string;
  view?: { type?: string };
  actions?: { action_id?: string }[];
  event?: { type?: string; user?: string; channel?: string; ts?: string; thread_ts?: string };
};

export function registerHome(app: App, options: HomeOptions): void {
  const { catalog, log, conversations } = options;
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const state = await conversations.get(lastRoleKey(body.team_id, event.user));
    await client.views.publish({ user_id: event.user, view: homeView(catalog, state?.roles[0]) });
    log.info('slack home published', { user: event.user, lastRole: state?.roles[0] ?? null });
  });

  /** The role a request asked about, read after it was answered. */
  async function askedAbout(body: Body): Promise<string | undefined> {
    const team = body.team_id ?? body.team?.id ?? '';
    if (typeof body.command === 'string') {
      const spec = findCommand(body.command.replace(/^\//, ''));
      return spec && roleOfAnswer(cachedRunCommand(spec, slashArgs(spec, body.text ?? ''), catalog));
    }
    if (body.type === 'block_actions') {
      const action = decodeAction(body.actions?.[0]?.action_id ?? '');
      const spec = action && findCommand(action.command);
      return spec ? roleOfAnswer(cachedRunCommand(spec, actionArgs(spec, action), catalog)) : undefined;
    }
    const e = body.event;
    if (e?.channel && e.ts && (e.type === 'app_mention' || e.type === 'message')) {
      const state = await conversations.get(threadKey(team, e.channel, e.thread_ts ?? e.ts));
      return state?.roles[0];
    }
    return undefined;
  }

  // After every answer: remember the role the person asked about, for their Home tab.
  app.use(async ({ body, next }) => {
    await next();
    const b = body as Body;
    const user = b.user_id ?? b.user?.id ?? b.event?.user;
    const team = b.team_id ?? b.team?.id;
    if (!user || !team) return;
    try {
      const role = await askedAbout(b);
      if (role) await conversations.set(lastRoleKey(team, user), { roles: [role] });
    } catch (e) {
      log.warn('slack home: last role not remembered', errorContext(e));
    }
  });

  // A button on the Home tab: answered here, in the person's DM, and not passed on to the message
  // button handler (which answers through the message's thread or response_url, neither of which exists).
  app.use(async (args) => {
    const body = args.body as Body;
    if (body.type !== 'block_actions' || body.view?.type !== 'home') return args.next();
    const { ack } = args as unknown as { ack: () => Promise<void> };
    await ack();
    const user = body.user?.id;
    const action = decodeAction(body.actions?.[0]?.action_id ?? '');
    if (!user || !action) return;
    const spec = findCommand(action.command);
    const asker = { platform: 'slack' as const, team: body.team?.id, userId: user };
    const answer = await answerRequest(
      options,
      asker,
      action.command,
      () =>
        spec && action.command !== 'help'
          ? cachedRunCommand(spec, actionArgs(spec, action), catalog)
          : helpAnswer(catalog),
      { user, from: 'home' },
    );
    await track(
      options,
      args.client.chat
        .postMessage({ channel: user, ...renderSlack(answer.reply) })
        .catch((e) => log.error('slack home answer could not be sent', { user, ...errorContext(e) })),
    );
  });
}
