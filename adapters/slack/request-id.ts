// Slack's own id for a request, so our log lines can be matched with it: an event's event_id (the
// same on Slack's retries of it), else the trigger_id every slash command and interaction carries.
type Body = Record<string, unknown>;

export function slackRequestId(body: Body): string | undefined {
  const id = body.event_id ?? body.trigger_id;
  return typeof id === 'string' ? id : undefined;
}

/** The same from the raw request body (a JSON event, a form, or a form with a JSON `payload`). */
export function slackRequestIdOfRaw(raw: string, contentType: string | undefined): string | undefined {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      return slackRequestId(payload !== null ? (JSON.parse(payload) as Body) : Object.fromEntries(form));
    }
    return slackRequestId(JSON.parse(raw) as Body);
  } catch {
    return undefined;
  }
}
