import { ChatService } from './chat-webhook.entity';

/** What Chorus posts to a channel: a heading, a sentence or a few lines, and a link into Chorus. */
export interface ChatMessage {
  title: string;
  lines: string[];
  url: string;
  linkLabel: string;
}

/** Slack mrkdwn treats these three as control characters. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack: `text` for notifications and clients without blocks, and Block Kit blocks. */
export function slackBody(message: ChatMessage): object {
  return {
    text: `${message.title} ${message.url}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(message.title)}*${message.lines.map((l) => `\n${slackEscape(l)}`).join('')}` } },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: message.linkLabel }, url: message.url }] },
    ],
  };
}

/** Teams workflow webhooks take a message with an Adaptive Card attachment. */
export function teamsBody(message: ChatMessage): object {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true },
            ...message.lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
          ],
          actions: [{ type: 'Action.OpenUrl', title: message.linkLabel, url: message.url }],
        },
      },
    ],
  };
}

export function chatBody(service: ChatService, message: ChatMessage): object {
  return service === 'slack' ? slackBody(message) : teamsBody(message);
}
