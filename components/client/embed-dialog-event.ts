// The one message between a chart's "Embed or download" button and the page's embed dialog: a
// window event naming the chart, so neither island imports the other.

/** The event a button dispatches on `window`, its `detail` the chart's slug. */
export const EMBED_DIALOG_OPEN = "embed-dialog-open";
