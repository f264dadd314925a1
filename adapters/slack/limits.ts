// Block Kit limits, named once (https://api.slack.com/reference/block-kit/blocks). The renderer
// keeps every message inside them; the catalog-wide test checks them for every role.
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  elementsPerActions: 25,
  contextElements: 10,
  contextText: 2000,
  /** The table block: rows (the column names count as one), cells per row, one table per message. */
  tableRows: 100,
  tableCells: 20,
  tablesPerMessage: 1,
  /** Our own cut for a table cell, so a row stays readable (Slack states no per-cell maximum). */
  tableCellText: 200,
  /** The notification / fallback `text`; Slack truncates long ones, so keep it readable. */
  fallbackText: 3000,
} as const;
