// The shape of an interaction body the endpoint relies on, checked before use: a signed body
// that is JSON but not an interaction (`null`, `{"type":2,"data":{"options":false}}`) is a 400,
// not a TypeError deep in the answer path. Unknown fields pass through untouched.
import { z } from 'zod';

const option = z.looseObject({
  name: z.string(),
  type: z.number(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const user = z.looseObject({ id: z.string() });

export const interactionSchema = z
  .looseObject({
    type: z.number().int(),
    id: z.string().optional(),
    token: z.string().optional(),
    application_id: z.string().optional(),
    data: z
      .looseObject({
        name: z.string().optional(),
        options: z.array(option).optional(),
        custom_id: z.string().optional(),
      })
      .optional(),
    message: z.looseObject({ flags: z.number().optional() }).optional(),
    channel_id: z.string().optional(),
    member: z.looseObject({ user: user.optional() }).optional(),
    user: user.optional(),
  })
  .refine(
    (i) => i.type === 1 || (typeof i.id === 'string' && typeof i.token === 'string'),
    'commands, clicks and autocomplete carry an id and a token',
  );
