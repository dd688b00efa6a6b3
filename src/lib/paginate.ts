/** Index pages list this many entries before they paginate. */
export const PAGE_SIZE = 50;

/** A sidebar lists at most this many related entries, then links to the full list. */
export const SIDEBAR_LIMIT = 8;
