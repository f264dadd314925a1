// Discord's message limits, named once (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_MAX = 2048;
/** Title, description, field names and values, footer and author together, across every embed. */
export const EMBEDS_TOTAL_MAX = 6000;
export const EMBEDS_PER_MESSAGE_MAX = 10;
export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
export const CUSTOM_ID_MAX = 100;
export const BUTTON_LABEL_MAX = 80;
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
export const COMMAND_DESCRIPTION_MAX = 100;
/** An attachment's description: its alt text. */
export const ATTACHMENT_DESCRIPTION_MAX = 1024;
/** Discord gives 3 s to answer or defer; defer well before that so a slow answer never misses it. */
export const DEFER_AFTER_MS = 2000;
/** The ephemeral flag: only the person who asked sees the message. */
export const EPHEMERAL = 1 << 6;
