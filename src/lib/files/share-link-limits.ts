/**
 * The size limit of share links, apart from share-link.ts so pages can name it without loading the
 * link code (and the backup reader behind it) up front.
 *
 * Longest link the app offers, in characters (the whole address). Longer links break in some mail
 * programs and chat apps; above this the app offers a backup file instead.
 */
export const MAX_SHARE_LINK_CHARS = 8000;
